import { Injectable } from '@nestjs/common';
import type { Actor } from '@reinstate/platform';
import type { Notice } from '../notices/notice.entity';
import type { Case } from './case.entity';

export interface NoticeConfirmed {
  actor: Actor;
  case: Case;
  notice: Notice;
}

type Handler = (event: NoticeConfirmed) => Promise<void>;

/**
 * Lets libraries above cases act inside the transaction of a case change without cases
 * knowing them (documents proposes the checklist when a notice is confirmed).
 */
@Injectable()
export class CaseHooks {
  private readonly noticeConfirmed: Handler[] = [];

  onNoticeConfirmed(handler: Handler): void {
    this.noticeConfirmed.push(handler);
  }

  async runNoticeConfirmed(event: NoticeConfirmed): Promise<void> {
    for (const handler of this.noticeConfirmed) await handler(event);
  }
}
