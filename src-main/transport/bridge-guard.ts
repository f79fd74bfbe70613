import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the bridge: only pages served by the bridge itself (same loopback origin) that present
 * the per-launch token. The Host check defeats DNS rebinding; the Origin check defeats other sites.
 */
export interface GuardPolicy {
  port: number;
  token: string;
  /** Extra origins allowed to call (e.g. the Vite dev server in development). */
  extraOrigins?: readonly string[];
}

const loopbackHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`];

export function hostAllowed(req: IncomingMessage, policy: GuardPolicy): boolean {
  return loopbackHosts(policy.port).includes(String(req.headers.host ?? '').toLowerCase());
}

export function originAllowed(req: IncomingMessage, policy: GuardPolicy): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // not a browser cross-origin request (curl, the CLI, same-origin GET)
  const allowed = [...loopbackHosts(policy.port).map((h) => `http://${h}`), ...(policy.extraOrigins ?? [])];
  return allowed.includes(origin.toLowerCase());
}

export function tokenMatches(presented: string | null | undefined, policy: GuardPolicy): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(policy.token);
  return a.length === b.length && timingSafeEqual(a, b);
}
