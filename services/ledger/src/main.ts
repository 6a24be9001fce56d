import 'reflect-metadata';
import { runServiceMain } from '@jifen/kit';
import { ledgerService } from './ledger-service';

runServiceMain(ledgerService).catch((error: unknown) => {
  console.error('ledger service failed to start:', error);
  process.exit(1);
});
