// @jifen/demo: the demo district 示范区 that `npm start` loads into an empty database, built with the seed's phases.
export { DEFAULT_DEMO_PASSWORD, demoAccountLines, demoAccounts } from './demo-accounts';
export { buildDemoPlan } from './demo-plan';
export { type DemoSummary, demoSummaryLines, loadDemoIfEmpty } from './load-demo';
