import { Clock } from '@reinstate/platform';

/** Time under the test's control: starts at the real now, moves only when told. */
export class TestClock extends Clock {
  private current = new Date();

  now(): Date {
    return new Date(this.current.getTime());
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  set(at: Date): void {
    this.current = new Date(at.getTime());
  }
}

export const HOUR = 3_600_000;
