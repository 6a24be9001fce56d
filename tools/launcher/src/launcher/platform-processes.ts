import { gatewayVariables } from '@jifen/gateway';
import { servicePortVariables } from '@jifen/kit';
import { heapArgs, launchChild, launchStandby } from '@jifen/runtime';
import { SupervisedSpec } from './supervisor';

export type PlatformProcess = 'ledger' | 'scheme' | 'rating' | 'gateway';

/** What the launcher calls each process in what it prints. */
const PROCESS_LABELS: Record<PlatformProcess, string> = {
  ledger: '台账服务',
  scheme: '积分方案服务',
  rating: '评星定级服务',
  gateway: '网关',
};

/** The variable each process reads its port from: a restart is given the port the first start answered on. */
const PORT_VARIABLES: Record<PlatformProcess, string> = {
  ledger: servicePortVariables.ledger.name,
  scheme: servicePortVariables.scheme.name,
  rating: servicePortVariables.rating.name,
  gateway: gatewayVariables.port.name,
};

/** The environment `env` with `name`'s port fixed to the one `url` answered on (when given). */
function withPortOf(env: NodeJS.ProcessEnv, name: PlatformProcess, url: string | undefined): NodeJS.ProcessEnv {
  return url ? { ...env, [PORT_VARIABLES[name]]: new URL(url).port } : env;
}

/**
 * A service or the gateway as the supervisor starts it: its built entry point, its heap limits, its environment;
 * with `standby`, a loaded standby process waits to take over on the port the running one answers on.
 */
export function platformProcess(
  name: PlatformProcess,
  env: NodeJS.ProcessEnv,
  options: { standby: boolean },
): SupervisedSpec {
  const modulePath = require.resolve(`@jifen/${name}/dist/main.js`);
  const execArgv = heapArgs(name);
  return {
    name,
    label: PROCESS_LABELS[name],
    start: (previousUrl) => launchChild(name, modulePath, withPortOf(env, name, previousUrl), [], { execArgv }),
    ...(options.standby
      ? { standby: (url: string) => launchStandby(name, modulePath, withPortOf(env, name, url), { execArgv }) }
      : {}),
  };
}
