import { enumVariable, hostVariable, portVariable, servicePortVariables, sharedVariables, stringVariable, subgraphUrlVariables } from '@jifen/kit';

/** Every variable the gateway reads. */
export const gatewayVariables = {
  port: portVariable('PORT', '网关端口，GraphQL 地址为 http://localhost:PORT/graphql (gateway port)', 4000),
  host: hostVariable,
  ...subgraphUrlVariables,
  supergraphPath: stringVariable('SUPERGRAPH_PATH', '组合后的 supergraph 文件 (composed supergraph file)', 'schema/supergraph.graphql'),
  engine: enumVariable('GATEWAY_ENGINE', '网关引擎：apollo（Apollo Gateway）或 hive（Hive Gateway），同一 supergraph (gateway engine)', ['apollo', 'hive'] as const, 'apollo'),
  trustProxy: enumVariable('TRUST_PROXY', '网关前有可信的反向代理时设为 true：登录限流按 X-Forwarded-For 最后一项识别客户端地址 (behind a trusted proxy: key the sign-in throttle by the last X-Forwarded-For entry)', ['false', 'true'] as const, 'false'),
  logLevel: sharedVariables.logLevel,
  internalTokenSecret: sharedVariables.internalTokenSecret,
  ...servicePortVariables,
} as const;
