import { idOfLabel } from '../org-path';
import { pathSettingsLoader } from './path-settings-loader';

describe('pathSettingsLoader', () => {
  const a = '11111111111141118111111111111111';
  const b = '22222222222242228222222222222222';
  const c = '33333333333343338333333333333333';
  const id = idOfLabel;

  it('fetches the nodes of all paths once and gives each path the settings on its own nodes', async () => {
    const fetched: string[][] = [];
    const loader = pathSettingsLoader(
      async (orgIds: string[]) => {
        fetched.push(orgIds);
        return [
          { org: id(a), v: 'district' },
          { org: id(b), v: 'township b' },
          { org: id(c), v: 'township c' },
        ];
      },
      (s) => s.org,
    );
    const [underB, underC] = await Promise.all([loader.load(`${a}.${b}`), loader.load(`${a}.${c}`)]);
    expect(fetched).toEqual([[id(a), id(b), id(c)]]);
    expect(underB.map((s) => s.v)).toEqual(['district', 'township b']);
    expect(underC.map((s) => s.v)).toEqual(['district', 'township c']);
  });
});
