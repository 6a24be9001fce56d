import { accountRolesAt, keyRightChoices, keyRolesAt } from './rights';

const TOWNSHIP_RIGHTS = [
  'READ',
  'OBJECT',
  'DRAFT_SCHEME',
  'APPROVE',
  'RATE',
  'FOLLOW_WARNINGS',
  'DISPOSE',
  'MANAGE_ORGS',
  'MANAGE_ACCESS',
  'EXPORT',
  'READ_AUDIT',
];

describe('who may be opened where', () => {
  it.each([
    // level, at own node, own role → roles offered
    ['BRANCH', false, 'TOWNSHIP', ['BRANCH_SECRETARY', 'BRANCH_RECORDER', 'MEMBER']],
    ['GENERAL_BRANCH', false, 'TOWNSHIP', ['BRANCH_SECRETARY', 'BRANCH_RECORDER']],
    ['TOWNSHIP', true, 'TOWNSHIP', ['TOWNSHIP']],
    ['TOWNSHIP', false, 'DISTRICT', ['TOWNSHIP']],
    ['DISTRICT', true, 'DISTRICT', ['DISTRICT']],
    ['BRANCH', true, 'BRANCH_SECRETARY', ['BRANCH_SECRETARY', 'BRANCH_RECORDER', 'MEMBER']],
    ['GROUP', false, 'TOWNSHIP', []],
  ])('at a %s (own node: %s) a %s opens %j', (level, own, role, expected) => {
    expect(accountRolesAt(level, own, role)).toEqual(expected);
  });

  it('never issues a key as a member', () => {
    expect(keyRolesAt('BRANCH', false, 'TOWNSHIP')).toEqual(['BRANCH_SECRETARY', 'BRANCH_RECORDER']);
  });
});

describe('the rights a key may be given', () => {
  it('a recorder key from a township: the recorder rights the township holds, access never', () => {
    // The recorder's DECLARE and KEEP_REGISTER are not the township's own: it cannot hand them on.
    expect(keyRightChoices('BRANCH_RECORDER', TOWNSHIP_RIGHTS)).toEqual([
      'READ',
      'OBJECT',
      'FOLLOW_WARNINGS',
      'EXPORT',
    ]);
  });

  it('a township key from a township: all but managing access', () => {
    expect(keyRightChoices('TOWNSHIP', TOWNSHIP_RIGHTS)).toEqual(TOWNSHIP_RIGHTS.filter((r) => r !== 'MANAGE_ACCESS'));
  });
});
