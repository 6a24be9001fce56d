import {
  enumVariable,
  hostVariable,
  millisecondsVariable,
  portVariable,
  servicePortVariables,
  sharedVariables,
  stringVariable,
  subgraphUrlVariables,
} from '@jifen/kit';
import { defaultSubgraphTimeouts } from './subgraph-timeouts';

/** Every variable the gateway reads. */
export const gatewayVariables = {
  port: portVariable('PORT', '网关端口，GraphQL 地址为 http://localhost:PORT/graphql (gateway port)', 4000),
  host: hostVariable,
  ...subgraphUrlVariables,
  supergraphPath: stringVariable(
    'SUPERGRAPH_PATH',
    '组合后的 supergraph 文件 (composed supergraph file)',
    'schema/supergraph.graphql',
  ),
  engine: enumVariable(
    'GATEWAY_ENGINE',
    '网关引擎：apollo（Apollo Gateway）或 hive（Hive Gateway），同一 supergraph；文件的上传和下载（/uploads、/downloads）只由 apollo 提供 (gateway engine; files are served by apollo only)',
    ['apollo', 'hive'] as const,
    'apollo',
  ),
  subgraphTimeoutMs: millisecondsVariable(
    'SUBGRAPH_TIMEOUT_MS',
    '网关等待子服务应答查询的最长时间（毫秒）；超时的服务提供的字段为空，错误码 SUBGRAPH_UNAVAILABLE (subgraph timeout for queries)',
    defaultSubgraphTimeouts.queryMs,
  ),
  subgraphMutationTimeoutMs: millisecondsVariable(
    'SUBGRAPH_MUTATION_TIMEOUT_MS',
    '网关等待子服务完成变更（如评星定级、导入）的最长时间（毫秒）(subgraph timeout for mutations)',
    defaultSubgraphTimeouts.mutationMs,
  ),
  trustProxy: enumVariable(
    'TRUST_PROXY',
    '网关前有可信的反向代理时设为 true：登录限流按 X-Forwarded-For 最后一项识别客户端地址 (behind a trusted proxy: key the sign-in throttle by the last X-Forwarded-For entry)',
    ['false', 'true'] as const,
    'false',
  ),
  sessionCookieSecure: enumVariable(
    'SESSION_COOKIE_SECURE',
    '网页登录 Cookie 的 Secure 标记：auto（经 https 访问时设置；反向代理后需 TRUST_PROXY=true 以识别 X-Forwarded-Proto）、always 或 never (Secure flag of the browser session cookies)',
    ['auto', 'always', 'never'] as const,
    'auto',
  ),
  logLevel: sharedVariables.logLevel,
  internalTokenSecret: sharedVariables.internalTokenSecret,
  ...servicePortVariables,
} as const;
