import 'reflect-metadata';
import { runServiceMain } from '@jifen/kit';
import { schemeService } from './scheme-service';

runServiceMain(schemeService).catch((error: unknown) => {
  console.error('scheme service failed to start:', error);
  process.exit(1);
});
