import 'reflect-metadata';
import { exitOnStartupFailure, runServiceMain, serviceStartupSubject } from '@jifen/kit';
import { ledgerService } from './ledger-service';

runServiceMain(ledgerService).catch(exitOnStartupFailure(serviceStartupSubject('ledger')));
