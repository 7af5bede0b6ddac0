import { Injectable } from '@nestjs/common';
import type { Actor } from '@reinstate/platform';

type Handler = (event: { actor: Actor }) => Promise<void>;

/** Lets libraries above identity set up a new tenant inside its sign-up transaction (e.g. seed plans). */
@Injectable()
export class TenantHooks {
  private readonly created: Handler[] = [];

  onCreated(handler: Handler): void {
    this.created.push(handler);
  }

  async runCreated(event: { actor: Actor }): Promise<void> {
    for (const handler of this.created) await handler(event);
  }
}
