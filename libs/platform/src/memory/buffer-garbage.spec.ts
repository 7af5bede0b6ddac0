import { BufferGarbage } from './buffer-garbage';

describe('BufferGarbage', () => {
  it('asks for one minor collection per `everyBytes` passed', () => {
    const calls: unknown[] = [];
    const garbage = new BufferGarbage(1000, (o) => calls.push(o));
    for (let i = 0; i < 35; i++) garbage.passed(100);
    expect(calls).toEqual([{ type: 'minor' }, { type: 'minor' }, { type: 'minor' }]);
  });

  it('does nothing when the process has no gc() (no --expose-gc)', () => {
    const garbage = new BufferGarbage(10, undefined);
    expect(() => garbage.passed(1_000_000)).not.toThrow();
  });
});
