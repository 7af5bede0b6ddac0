import { clientMayOpenThread, threadVisible } from './comment.policy';

describe('comment visibility', () => {
  it('shows clients shared threads only', () => {
    expect(threadVisible('client', 'shared')).toBe(true);
    expect(threadVisible('client', 'internal')).toBe(false);
    expect(threadVisible('admin', 'internal')).toBe(true);
  });

  it('lets a client open only a shared thread on a shared revision, without a suggestion', () => {
    expect(clientMayOpenThread({ visibility: 'shared', revisionShared: true })).toBe(true);
    expect(clientMayOpenThread({ visibility: 'internal', revisionShared: true })).toBe(false);
    expect(clientMayOpenThread({ visibility: 'shared', revisionShared: false })).toBe(false);
    expect(clientMayOpenThread({ visibility: 'shared', revisionShared: true, suggestion: 'x' })).toBe(false);
  });
});
