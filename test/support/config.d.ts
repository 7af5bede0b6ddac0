import { type AppConfig } from '@reinstate/platform';
/** Configuration for an app under test: this run's database, and its own Redis key space. */
export declare function testConfig(overrides?: Record<string, string>): AppConfig;
/** A key space nobody else in this run uses (for rate-limit counters that must start at zero). */
export declare function isolatedPrefix(): string;
