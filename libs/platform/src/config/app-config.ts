import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : value;

/**
 * Every setting the apps read, validated once at boot. Libraries receive this object;
 * only the apps' entry points look at process.env.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  WORKER_PORT = 3001;

  @IsString()
  HOST = '127.0.0.1';

  /** Copies of the API sharing PORT (node:cluster): one per core the API may use on its machine. */
  @Transform(toInt) @IsInt() @Min(1) @Max(64)
  API_PROCESSES = 1;

  /** Connection of the application role: owns nothing, no BYPASSRLS. */
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  /** Connection of the owner role: runs migrations only. */
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_OWNER_URL must be a postgres:// URL' })
  DATABASE_OWNER_URL: string;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string;

  /** Bull key prefix; a hash tag keeps a queue's keys on one Redis Cluster slot. */
  @Matches(/^[A-Za-z0-9:{}_-]{1,64}$/, { message: 'QUEUE_PREFIX may hold letters, digits, : { } _ -' })
  QUEUE_PREFIX = '{reinstate}';

  @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  @Transform(toInt) @IsInt() @Min(60) @Max(3600)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt) @IsInt() @Min(1) @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  @Transform(toInt) @IsInt() @Min(1) @Max(720)
  INVITATION_TTL_HOURS = 72;

  @Transform(toInt) @IsInt() @Min(1024) @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @Transform(toList) @IsString({ each: true })
  CORS_ORIGINS: string[] = [];

  @Transform(toInt) @IsInt() @Min(1) @Max(10000)
  AUTH_RATE_LIMIT_PER_MINUTE = 20;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional() @IsString()
  APP_BASE_URL = 'http://localhost:3000';

  /** Where local files live (uploads with the local driver; .eml files of the mail transport). */
  @IsString()
  DATA_DIR = './data';

  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  @Transform(toInt) @IsInt() @Min(1024) @Max(5 * 1024 * 1024 * 1024)
  UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024;

  @IsOptional() @IsString()
  S3_BUCKET?: string;

  @IsOptional() @IsString()
  S3_REGION?: string;

  @IsOptional() @IsString()
  S3_ENDPOINT?: string;

  @IsOptional() @IsIn(['true', 'false'])
  S3_FORCE_PATH_STYLE?: 'true' | 'false';

  @IsOptional() @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional() @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** smtp(s)://user:pass@host:port — without it mail goes to .eml files under DATA_DIR/mail. */
  @IsOptional() @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'no-reply@reinstate.local';

  /** How often the worker sweeps for due reminders. */
  @Transform(toInt) @IsInt() @Min(50) @Max(600000)
  REMINDER_SWEEP_MS = 5000;

  /** A claimed reminder still undelivered after this long is enqueued again (Redis lost it). */
  @Transform(toInt) @IsInt() @Min(1) @Max(86400)
  REMINDER_REQUEUE_SECONDS = 120;

  /** Bull job lock: a job of a crashed worker is retried after about this long. */
  @Transform(toInt) @IsInt() @Min(1000) @Max(600000)
  QUEUE_LOCK_MS = 30000;

  /** Tries per job before it lands in the dead-letter (failed) list; backoff doubles from QUEUE_BACKOFF_MS. */
  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  QUEUE_ATTEMPTS = 5;

  @Transform(toInt) @IsInt() @Min(10) @Max(3600000)
  QUEUE_BACKOFF_MS = 2000;

  /** Platform operators' login for the queue dashboard (/queues on the worker); unset = no dashboard. */
  @IsOptional() @IsString() @MinLength(1)
  OPS_USERNAME?: string;

  @IsOptional() @IsString() @MinLength(12, { message: 'OPS_PASSWORD must be at least 12 characters' })
  OPS_PASSWORD?: string;

  /** Reminders claimed per sweep. */
  @Transform(toInt) @IsInt() @Min(1) @Max(10000)
  REMINDER_BATCH = 500;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Builds and validates the configuration from an environment map; throws naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked: Record<string, string> = {};
  const optional = ['OPS_USERNAME', 'OPS_PASSWORD', 'SMTP_URL', 'S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
  for (const key of [...known, ...optional, 'DATABASE_URL', 'DATABASE_OWNER_URL', 'REDIS_URL', 'JWT_SECRET']) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => {
        const shown = /SECRET|PASSWORD/.test(e.property) ? '(hidden)' : JSON.stringify(picked[e.property] ?? null);
        const why = Object.values(e.constraints ?? {}).join('; ');
        return `${e.property}: ${why} (got ${shown})`;
      }),
    );
  }
  if (config.STORAGE_DRIVER === 's3' && (!config.S3_BUCKET || !config.S3_REGION)) {
    throw new ConfigError(['S3_BUCKET and S3_REGION are required when STORAGE_DRIVER=s3']);
  }
  return config;
}
