import { Test } from '@nestjs/testing';
import { Writable } from 'node:stream';
import { CLS_ID, ClsService } from 'nestjs-cls';
import { Logger } from 'nestjs-pino';
import { testConfig } from '../../../../test/support/config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { LoggingModule } from './logging.module';

describe('LoggingModule', () => {
  it('puts the CLS id (request or job) on every line logged inside its context, and redacts secrets', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(testConfig({ LOG_LEVEL: 'info' })), DatabaseModule.forRoot(), LoggingModule.forRoot('worker', sink)],
    }).compile();
    await moduleRef.init();
    try {
      const logger = moduleRef.get(Logger);
      const cls = moduleRef.get(ClsService);
      logger.log('outside');
      cls.run(() => {
        cls.set(CLS_ID, 'job:reminders:42');
        logger.log({ msg: 'inside', body: { password: 'hunter2hunter2' } });
      });
      await new Promise((r) => setImmediate(r));
      const outside = lines.find((l) => l.msg === 'outside');
      const inside = lines.find((l) => l.msg === 'inside');
      expect(outside).toMatchObject({ service: 'worker', level: 30 });
      expect(outside).not.toHaveProperty('reqId');
      expect(inside).toMatchObject({ service: 'worker', reqId: 'job:reminders:42', body: { password: '[redacted]' } });
    } finally {
      await moduleRef.close();
    }
  });
});
