/**
 * The marketplace's account-health targets. A figure that breaks one is flagged at intake:
 * it is usually what the notice is about, and what the plan must show is fixed.
 */
export interface AccountHealthFigures {
  accountHealthRating: number | null;
  orderDefectRate: number | null;
  cancellationRate: number | null;
  lateShipmentRate: number | null;
  validTrackingRate: number | null;
}

export type HealthMetric = keyof AccountHealthFigures;

export interface HealthFlag {
  metric: HealthMetric;
  value: number;
  /** The target, as the marketplace states it. */
  target: string;
}

const RULES: { metric: HealthMetric; breaks: (v: number) => boolean; target: string }[] = [
  { metric: 'orderDefectRate', breaks: (v) => v >= 1, target: '< 1 %' },
  { metric: 'cancellationRate', breaks: (v) => v >= 2.5, target: '< 2.5 %' },
  { metric: 'lateShipmentRate', breaks: (v) => v >= 4, target: '< 4 %' },
  { metric: 'validTrackingRate', breaks: (v) => v < 95, target: '≥ 95 %' },
  { metric: 'accountHealthRating', breaks: (v) => v < 200, target: '≥ 200' },
];

export function healthFlags(figures: AccountHealthFigures): HealthFlag[] {
  return RULES.flatMap((r) => {
    const value = figures[r.metric];
    return value !== null && value !== undefined && r.breaks(value) ? [{ metric: r.metric, value, target: r.target }] : [];
  });
}
