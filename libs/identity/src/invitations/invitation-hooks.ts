import { Injectable } from '@nestjs/common';
import type { Actor } from '@reinstate/platform';

export interface InvitationAccepted {
  /** The new member, acting. */
  actor: Actor;
  invitationId: string;
}

type AcceptedHandler = (event: InvitationAccepted) => Promise<void>;

/**
 * Lets libraries above identity react to an accepted invitation inside the same transaction
 * (e.g. clients links a client user to its seller account) without identity knowing them.
 */
@Injectable()
export class InvitationHooks {
  private readonly accepted: AcceptedHandler[] = [];

  onAccepted(handler: AcceptedHandler): void {
    this.accepted.push(handler);
  }

  async runAccepted(event: InvitationAccepted): Promise<void> {
    for (const handler of this.accepted) await handler(event);
  }
}
