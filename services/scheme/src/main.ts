import 'reflect-metadata';
import { exitOnStartupFailure, serviceStartupSubject } from '@jifen/kit';
import { runServiceMain } from '@jifen/kit/server';
import { schemeService } from './scheme-service';

runServiceMain(schemeService).catch(exitOnStartupFailure(serviceStartupSubject('scheme')));
