import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A standby process: forked with the entry point of a service or the gateway (and that process's environment
 * and heap limits), it loads every module the entry point loads, without running it, and waits. Told to
 * `activate`, it runs the entry point, which then starts as usual but with its code already loaded: the
 * supervisor replaces a process that died with its standby in about a second, where a cold start takes
 * two to five (most of a start is loading and compiling modules).
 */
const modulePath = process.argv[2];
process.argv.splice(2, 1);

const exitWithLauncher = () => process.exit(0);
process.on('disconnect', exitWithLauncher);

// What the compiled entry point requires (tsc writes each import as `require("…")`), resolved from its folder.
const load = createRequire(modulePath);
for (const [, request] of readFileSync(modulePath, 'utf8').matchAll(/require\("([^"]+)"\)/g)) load(request);

process.on('message', function activate(message: { activate?: boolean }) {
  if (!message.activate) return;
  process.off('message', activate);
  process.off('disconnect', exitWithLauncher); // from here on the entry point handles its own stopping
  // The entry point is known only now, at run time, and must load in this process: an import() would be deferred.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(modulePath);
});
process.send?.({ standby: true });
