import 'reflect-metadata';
import { exitOnStartupFailure, serviceStartupSubject } from '@jifen/kit';
import { runServiceMain } from '@jifen/kit/server';
import { ledgerService } from './ledger-service';

runServiceMain(ledgerService).catch(exitOnStartupFailure(serviceStartupSubject('ledger')));
