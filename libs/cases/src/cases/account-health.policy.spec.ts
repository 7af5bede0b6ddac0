import { healthFlags } from './account-health.policy';

const none = { accountHealthRating: null, orderDefectRate: null, cancellationRate: null, lateShipmentRate: null, validTrackingRate: null };

describe('healthFlags', () => {
  it.each([
    ['orderDefectRate', 1, true],
    ['orderDefectRate', 0.99, false],
    ['cancellationRate', 2.5, true],
    ['cancellationRate', 2.49, false],
    ['lateShipmentRate', 4, true],
    ['lateShipmentRate', 3.99, false],
    ['validTrackingRate', 94.9, true],
    ['validTrackingRate', 95, false],
    ['accountHealthRating', 199, true],
    ['accountHealthRating', 200, false],
  ] as const)('%s at %d breaks the target: %s', (metric, value, breaks) => {
    expect(healthFlags({ ...none, [metric]: value }).map((f) => f.metric)).toEqual(breaks ? [metric] : []);
  });

  it('ignores figures not given', () => {
    expect(healthFlags(none)).toEqual([]);
  });
});
