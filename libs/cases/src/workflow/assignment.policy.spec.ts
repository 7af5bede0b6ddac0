import { PRIORITY_WEIGHTS, pickAssignee, weightedLoad, type AssignmentCandidate, type AssignmentCase } from './assignment.policy';

/** A bilingual, available, idle consultant never assigned before; tests override what matters. */
const cand = (membershipId: string, over: Partial<AssignmentCandidate> = {}): AssignmentCandidate => ({
  membershipId,
  languages: ['ja', 'en'],
  categories: [],
  away: false,
  openLoad: 0,
  lastAssignedAt: null,
  ...over,
});

const jaCase: AssignmentCase = { language: 'ja', categories: ['ip_complaint', 'authenticity'] };
const day = (d: number) => new Date(Date.UTC(2026, 5, d));

describe('weightedLoad', () => {
  it('exports the weights', () => {
    expect(PRIORITY_WEIGHTS).toEqual({ low: 0.5, normal: 1, high: 2, critical: 3 });
  });

  it.each<[Parameters<typeof weightedLoad>[0], number]>([
    [[], 0],
    [['low'], 0.5],
    [['normal'], 1],
    [['high'], 2],
    [['critical'], 3],
    [['low', 'low', 'normal', 'high', 'critical'], 7],
    [['bogus' as never], 1],
  ])('%j weighs %d', (priorities, load) => {
    expect(weightedLoad(priorities)).toBe(load);
  });
});

describe('pickAssignee', () => {
  it.each<[string, AssignmentCandidate[], AssignmentCase, string | null]>([
    ['nobody at all', [], jaCase, null],
    ['everybody away', [cand('a', { away: true }), cand('b', { away: true })], jaCase, null],
    ['skips the away even when they fit best', [cand('a', { away: true, categories: ['ip_complaint', 'authenticity'] }), cand('b', { openLoad: 5 })], jaCase, 'b'],
    // language
    ['prefers the client’s language over expertise and load', [cand('a', { languages: ['en'], categories: ['ip_complaint', 'authenticity'] }), cand('b', { languages: ['ja'], openLoad: 9 })], jaCase, 'b'],
    ['English cases go to English speakers', [cand('a', { languages: ['ja'] }), cand('b', { languages: ['en'], openLoad: 4 })], { language: 'en', categories: [] }, 'b'],
    ['falls back to everyone available when nobody speaks it', [cand('a', { languages: ['en'], openLoad: 2 }), cand('b', { languages: ['en'], openLoad: 1 }), cand('c', { languages: ['ja'], away: true })], jaCase, 'b'],
    // categories
    ['prefers the most category overlap over load', [cand('a', { categories: ['ip_complaint'] }), cand('b', { categories: ['ip_complaint', 'authenticity'], openLoad: 6 })], jaCase, 'b'],
    ['counts a repeated category once', [cand('a', { categories: ['ip_complaint', 'ip_complaint'], openLoad: 1 }), cand('b', { categories: ['authenticity'] })], jaCase, 'b'],
    ['ignores expertise the case does not need', [cand('a', { categories: ['late_shipment', 'pricing', 'reviews'] }), cand('b', { categories: ['authenticity'], openLoad: 3 })], jaCase, 'b'],
    // load
    ['then the least weighted load', [cand('a', { openLoad: 2 }), cand('b', { openLoad: 1.5 }), cand('c', { openLoad: 3 })], jaCase, 'b'],
    ['a missing load counts as none', [cand('a', { openLoad: 1 }), cand('b', { openLoad: NaN })], jaCase, 'b'],
    // round-robin
    ['then never assigned before anybody', [cand('a', { lastAssignedAt: day(1) }), cand('b', { lastAssignedAt: null })], jaCase, 'b'],
    ['then the oldest last assignment', [cand('a', { lastAssignedAt: day(3) }), cand('b', { lastAssignedAt: day(1) }), cand('c', { lastAssignedAt: day(2) })], jaCase, 'b'],
    ['an invalid date counts as never assigned', [cand('a', { lastAssignedAt: day(1) }), cand('b', { lastAssignedAt: new Date(NaN) })], jaCase, 'b'],
    ['then the smaller membershipId', [cand('m2'), cand('m10'), cand('m1')], jaCase, 'm1'],
    ['same dates tie to membershipId', [cand('b', { lastAssignedAt: day(1) }), cand('a', { lastAssignedAt: day(1) })], jaCase, 'a'],
  ])('%s', (_, candidates, c, expected) => {
    expect(pickAssignee(candidates, c)?.membershipId ?? null).toBe(expected);
  });

  it('does not depend on the order of the candidates', () => {
    const candidates = [cand('d', { lastAssignedAt: day(2) }), cand('c', { lastAssignedAt: day(2) }), cand('b', { lastAssignedAt: day(3) }), cand('a', { lastAssignedAt: day(4) })];
    const picks = new Set([candidates, [...candidates].reverse(), [candidates[2]!, candidates[0]!, candidates[3]!, candidates[1]!]].map((l) => pickAssignee(l, jaCase)?.membershipId));
    expect([...picks]).toEqual(['c']);
  });

  it('rotates round-robin when each pick is recorded', () => {
    let team = [cand('a'), cand('b'), cand('c')];
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = pickAssignee(team, jaCase)!.membershipId;
      order.push(id);
      team = team.map((m) => (m.membershipId === id ? { ...m, lastAssignedAt: day(i + 1) } : m));
    }
    expect(order).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('does not mutate its input', () => {
    const candidates = [cand('b'), cand('a')];
    const copy = JSON.stringify(candidates);
    pickAssignee(candidates, jaCase);
    expect(JSON.stringify(candidates)).toBe(copy);
  });

  it.each<[string, AssignmentCandidate[], AssignmentCase, string]>([
    ['the only candidate', [cand('a', { categories: ['authenticity'], openLoad: 2 })], jaCase, 'the only candidate; speaks ja; 1/2 categories; load 2'],
    ['expertise', [cand('a'), cand('b', { categories: ['ip_complaint'] })], jaCase, 'most category expertise; speaks ja; 1/2 categories; load 0'],
    ['load', [cand('a', { openLoad: 1 }), cand('b', { openLoad: 0.5 })], jaCase, 'lightest load; speaks ja; 0/2 categories; load 0.5'],
    ['never assigned', [cand('a', { lastAssignedAt: day(1) }), cand('b')], jaCase, 'round-robin (never assigned yet); speaks ja; 0/2 categories; load 0'],
    ['longest since', [cand('a', { lastAssignedAt: day(2) }), cand('b', { lastAssignedAt: day(1) })], jaCase, 'round-robin (longest since last assignment); speaks ja; 0/2 categories; load 0'],
    ['id', [cand('b'), cand('a')], jaCase, 'tie broken by membership id; speaks ja; 0/2 categories; load 0'],
    ['language fallback', [cand('a', { languages: ['en'] })], { language: 'ja', categories: [] }, 'the only candidate; nobody available speaks ja; no categories given; load 0'],
  ])('explains the pick: %s', (_, candidates, c, reason) => {
    expect(pickAssignee(candidates, c)?.reason).toBe(reason);
  });
});
