import { hostVariable, servicePortVariables, sharedVariables, subgraphUrlVariables, VariableSpec } from '@jifen/kit';
import { gatewayVariables } from '@jifen/gateway';
import { launcherVariables } from '../launcher/environment';

/** Every environment variable any process of the platform reads, once each, for the README table. */
export function allVariables(): VariableSpec<unknown>[] {
  const groups = [
    sharedVariables,
    servicePortVariables,
    subgraphUrlVariables,
    { hostVariable },
    gatewayVariables,
    launcherVariables,
  ];
  const byName = new Map<string, VariableSpec<unknown>>();
  for (const group of groups)
    for (const spec of Object.values(group) as VariableSpec<unknown>[]) byName.set(spec.name, spec);
  return [...byName.values()];
}
