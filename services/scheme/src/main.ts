import 'reflect-metadata';
import { exitOnStartupFailure, runServiceMain, serviceStartupSubject } from '@jifen/kit';
import { schemeService } from './scheme-service';

runServiceMain(schemeService).catch(exitOnStartupFailure(serviceStartupSubject('scheme')));
