import { Identity1764000000000 } from './1764000000000-identity';
import { Clients1764000100000 } from './1764000100000-clients';

/** Every migration, in order. Listed explicitly so the same list runs from source and from dist. */
export const MIGRATIONS = [Identity1764000000000, Clients1764000100000];
