import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Clock } from '@reinstate/platform';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { testConfig } from './config';

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

/** The api in-process, driven through Fastify's inject (real HTTP parsing, no port). */
export class TestApi {
  private constructor(readonly app: NestFastifyApplication) {}

  static async start(overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApi> {
    return new TestApi(await createApiApp(testConfig(overrides), { logs: false, clock: options.clock }));
  }

  async request<T = any>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS',
    url: string,
    opts: { token?: string; body?: unknown; raw?: string | Buffer; headers?: Record<string, string> } = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let payload: string | Buffer | undefined;
    if (opts.raw !== undefined) {
      payload = opts.raw;
      headers['content-type'] ??= 'application/json';
    } else if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({ method, url, headers, payload });
    let body: any = res.body;
    try {
      body = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      // not JSON (docs UI): keep the text
    }
    return { status: res.statusCode, body, headers: res.headers as Res['headers'] };
  }

  /** A multipart/form-data upload: fields first, then the file part. */
  upload<T = any>(url: string, token: string, fields: Record<string, string>, file: { name: string; content: Buffer; type?: string }): Promise<Res<T>> {
    const boundary = `----reinstate${Math.random().toString(16).slice(2)}`;
    const parts: Buffer[] = [];
    for (const [k, v] of Object.entries(fields)) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    }
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    return this.request<T>('POST', url, { token, raw: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  }

  get = <T = any>(url: string, token?: string) => this.request<T>('GET', url, { token });
  post = <T = any>(url: string, body?: unknown, token?: string) => this.request<T>('POST', url, { body, token });
  patch = <T = any>(url: string, body?: unknown, token?: string) => this.request<T>('PATCH', url, { body, token });
  delete = <T = any>(url: string, token?: string) => this.request<T>('DELETE', url, { token });

  close(): Promise<void> {
    return this.app.close();
  }
}
