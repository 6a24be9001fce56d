import { RequestContext } from '@jifen/kit';
import { LedgerLoaders } from './ledger-loaders';

export type LedgerContext = RequestContext<LedgerLoaders>;
