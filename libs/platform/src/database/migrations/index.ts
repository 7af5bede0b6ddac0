import { Identity1764000000000 } from './1764000000000-identity';

/** Every migration, in order. Listed explicitly so the same list runs from source and from dist. */
export const MIGRATIONS = [Identity1764000000000];
