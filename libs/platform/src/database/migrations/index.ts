import { Identity1764000000000 } from './1764000000000-identity';
import { Clients1764000100000 } from './1764000100000-clients';
import { Cases1764000200000 } from './1764000200000-cases';
import { Documents1764000300000 } from './1764000300000-documents';
import { Memberships1764000400000 } from './1764000400000-memberships';
import { Reminders1764000500000 } from './1764000500000-reminders';
import { Assignment1764000600000 } from './1764000600000-assignment';
import { Contacts1764000700000 } from './1764000700000-contacts';
import { ServiceClock1764000800000 } from './1764000800000-service-clock';
import { Plans1764000900000 } from './1764000900000-plans';
import { CaseListIndexes1764000950000 } from './1764000950000-case-list-indexes';
import { OutcomeIndexes1764000970000 } from './1764000970000-outcome-indexes';

/** Every migration, in order. Listed explicitly so the same list runs from source and from dist. */
export const MIGRATIONS = [
  Identity1764000000000,
  Clients1764000100000,
  Cases1764000200000,
  Documents1764000300000,
  Memberships1764000400000,
  Reminders1764000500000,
  Assignment1764000600000,
  Contacts1764000700000,
  ServiceClock1764000800000,
  Plans1764000900000,
  CaseListIndexes1764000950000,
  OutcomeIndexes1764000970000,
];
