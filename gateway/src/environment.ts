import { enumVariable, hostVariable, portVariable, servicePortVariables, sharedVariables, stringVariable, subgraphUrlVariables } from '@jifen/kit';

/** Every variable the gateway reads. */
export const gatewayVariables = {
  port: portVariable('PORT', '网关端口，GraphQL 地址为 http://localhost:PORT/graphql (gateway port)', 4000),
  host: hostVariable,
  ...subgraphUrlVariables,
  supergraphPath: stringVariable('SUPERGRAPH_PATH', '组合后的 supergraph 文件 (composed supergraph file)', 'schema/supergraph.graphql'),
  engine: enumVariable('GATEWAY_ENGINE', '网关引擎：apollo（Apollo Gateway）或 hive（Hive Gateway），同一 supergraph (gateway engine)', ['apollo', 'hive'] as const, 'apollo'),
  logLevel: sharedVariables.logLevel,
  internalTokenSecret: sharedVariables.internalTokenSecret,
  ...servicePortVariables,
} as const;
