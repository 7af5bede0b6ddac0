import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Helmet's headers for these options, worked out once. With no per-request parts (no CSP nonces)
 * helmet sets the same headers on every response; running its eleven middlewares per request
 * cost ~2 % of a case read's CPU (bench/cases), so the API sets this object instead.
 */
export function staticSecurityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let done = false;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  // A middleware that finishes later depends on the request: it cannot be worked out once.
  if (!done) throw new Error('staticSecurityHeaders: helmet did not finish synchronously; these options need it per request');
  return headers;
}
