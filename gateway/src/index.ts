import 'reflect-metadata';

export { startGateway, RunningGateway, GatewayOptions } from './server';
export { gatewayVariables } from './environment';
