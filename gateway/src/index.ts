import 'reflect-metadata';

export { startGateway, RunningGateway, GatewayOptions } from './server';
export { gatewayVariables, readGatewayEnvironment, GatewayEnvironment } from './environment';
export { SubgraphUrls } from './build-gateway';
