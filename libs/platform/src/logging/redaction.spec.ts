import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from './logging.module';

describe('log redaction', () => {
  it('blanks credentials wherever they appear', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    log.info({
      req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1' } },
      body: { password: 'hunter2hunter2', refreshToken: 'rt_secret' },
      job: { token: 'invite-token' },
    });
    const out = lines.join('');
    for (const secret of ['abc.def.ghi', 'sid=1', 'hunter2hunter2', 'rt_secret', 'invite-token']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });
});
