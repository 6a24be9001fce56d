export { startGateway, RunningGateway, GatewayOptions } from './server';
export { startHiveGateway } from './hive/hive-gateway';
export { gatewayVariables } from './environment';
