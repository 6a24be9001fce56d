import 'reflect-metadata';
import { exitOnStartupFailure, runServiceMain, serviceStartupSubject } from '@jifen/kit';
import { ratingService } from './rating-service';

runServiceMain(ratingService).catch(exitOnStartupFailure(serviceStartupSubject('rating')));
