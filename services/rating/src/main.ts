import 'reflect-metadata';
import { exitOnStartupFailure, serviceStartupSubject } from '@jifen/kit';
import { runServiceMain } from '@jifen/kit/server';
import { ratingService } from './rating-service';

runServiceMain(ratingService).catch(exitOnStartupFailure(serviceStartupSubject('rating')));
