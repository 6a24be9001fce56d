import { Schemes1763700000000 } from './1763700000000-schemes';

/** Every scheme migration, oldest first. */
export const schemeMigrations = [Schemes1763700000000];
