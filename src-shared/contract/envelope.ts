import type { AppErrorData } from './errors';

/** The answer to every call, whichever door it came through. */
export type RpcResult<T = unknown> = { ok: true; value: T } | { ok: false; error: AppErrorData };
