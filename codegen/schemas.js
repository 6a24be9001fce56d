// Schema loaders for graphql-codegen (see ../codegen.ts), over the committed schema/ files.
const { readFileSync } = require('node:fs');
const { parse } = require('graphql');

/**
 * A subgraph as another service calls it: its printed SDL with federation's own fields added (`_entities`,
 * `_service`, `_Any`, `_Entity`), as the running subgraph answers them; internal fields of the subgraph are kept.
 */
function subgraphSchema(path) {
  const { buildSubgraphSchema } = require('@apollo/subgraph');
  return buildSubgraphSchema({ typeDefs: parse(readFileSync(path, 'utf8')) });
}

module.exports = { subgraphSchema };
