import 'reflect-metadata';
import { runServiceMain } from '@jifen/kit';
import { ratingService } from './rating-service';

runServiceMain(ratingService).catch((error: unknown) => {
  console.error('rating service failed to start:', error);
  process.exit(1);
});
