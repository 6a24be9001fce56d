import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedSchemaFiles } from './print-schemas';

describe('schema/', () => {
  it.each([...expectedSchemaFiles().entries()])('%s is what the code prints and composes', (file, content) => {
    expect(readFileSync(join(__dirname, '..', '..', '..', 'schema', file), 'utf8')).toBe(content);
  });
});
