// @jifen/launcher: `npm start` (launcher/main.ts) and `npm run seed` (seed/main.ts). Others use its variables and the
// seed's loading of a scale.
export { launcherVariables } from './launcher/environment';
export { loadScale, type ScaleLoadResult, SeedRefused } from './seed/load-scale';
