import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allVariables } from './all-variables';

/** Rows of the README's configuration table: | `NAME` | default | description | (columns padded by Prettier) */
function readmeRows(): Map<string, string> {
  const readme = readFileSync(join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const match of readme.matchAll(/^\| `([A-Z_]+)` +\| ([^|]*) \|/gm)) rows.set(match[1], match[2].trim());
  return rows;
}

describe('the README configuration table', () => {
  const rows = readmeRows();
  const specs = allVariables();

  it('lists exactly the variables the code reads', () => {
    expect([...rows.keys()].sort()).toEqual(specs.map((s) => s.name).sort());
  });

  it.each(specs.map((s) => [s.name, s.defaultText ?? '—']))(
    'gives %s the default the code uses (%s)',
    (name, defaultText) => {
      expect(rows.get(name)).toBe(defaultText === '—' ? '—' : `\`${defaultText}\``);
    },
  );
});
