import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeWithApi } from './compose';
import { printSubgraphs } from './subgraphs';

/**
 * `npm run schema:print` writes schema/<service>.graphql from the code and composes
 * schema/supergraph.graphql; with `--check` it writes nothing and fails if a committed file differs.
 */
const schemaDir = join(__dirname, '..', '..', '..', 'schema');

export function expectedSchemaFiles(): Map<string, string> {
  const subgraphs = printSubgraphs();
  const files = new Map<string, string>();
  for (const { name, sdl } of subgraphs) files.set(`${name}.graphql`, `${sdl.trim()}\n`);
  const { supergraphSdl, apiSdl } = composeWithApi(subgraphs);
  files.set('supergraph.graphql', `${supergraphSdl.trim()}\n`);
  // What clients see (the web app's codegen reads it): the supergraph without federation's directives and types.
  files.set('api.graphql', `${apiSdl.trim()}\n`);
  return files;
}

function main(): void {
  const check = process.argv.includes('--check');
  const drifted: string[] = [];
  for (const [file, content] of expectedSchemaFiles()) {
    const path = join(schemaDir, file);
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (committed === content) continue;
    if (check) drifted.push(file);
    else {
      writeFileSync(path, content);
      console.log(`wrote schema/${file}`);
    }
  }
  if (drifted.length > 0) {
    console.error(`schema/ is out of date with the code: ${drifted.join(', ')}. Run \`npm run schema:print\` and commit the result.`);
    process.exit(1);
  }
  console.log(check ? 'schema/ matches the code and the supergraph composes' : 'schema/ is up to date');
}

if (require.main === module) main();
