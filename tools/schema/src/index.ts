// @jifen/schema: the subgraphs the supergraph is composed of (the only package besides the scheme service that imports
// @jifen/scheme); print-schemas.ts writes schema/ from them.
export { subgraphDefinitions } from './subgraphs';
