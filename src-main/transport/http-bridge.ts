import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import {
  BRIDGE_EVENTS_PATH,
  BRIDGE_RPC_PATH,
  BRIDGE_TOKEN_HEADER,
  BRIDGE_TOKEN_PARAM,
  type RpcRequestBody,
} from '../../src-shared/contract/bridge';
import type { RpcResult } from '../../src-shared/contract/envelope';
import type { Dispatch } from '../core/dispatch';
import type { Actor } from '../core/actor';
import type { EventHub } from '../core/events';
import { hostAllowed, originAllowed, tokenMatches, type GuardPolicy } from './bridge-guard';
import { SECURITY_HEADERS } from './security-headers';
import { mimeTypeOf, resolveStaticFile } from './static-files';

/** Loopback only: browser mode is for this machine, never the network. */
export const BRIDGE_HOST = '127.0.0.1';
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface BridgeOptions {
  dispatch: Dispatch;
  /** Who acts in each call: the bridge is loopback only, so the person named on this PC. */
  actor: () => Actor;
  events: EventHub;
  /** Folder of the built renderer; without it the bridge serves the API only. */
  staticDir?: string | undefined;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  extraOrigins?: readonly string[];
}

export interface Bridge {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = http.createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const policy: GuardPolicy = { port: 0, token, extraOrigins: options.extraOrigins ?? [] };

  server.on('request', (req, res) => {
    handleRequest(req, res, policy, options).catch((error: unknown) => {
      console.error('Bridge request failed', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { kind: 'internal', message: 'Internal error' } });
      else res.end();
    });
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    const allowed =
      url.pathname === BRIDGE_EVENTS_PATH &&
      hostAllowed(req, policy) &&
      originAllowed(req, policy) &&
      tokenMatches(url.searchParams.get(BRIDGE_TOKEN_PARAM), policy);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const unsubscribe = options.events.subscribe((event) => ws.send(JSON.stringify(event)));
      ws.on('close', unsubscribe);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, BRIDGE_HOST, () => resolve());
  });
  policy.port = (server.address() as AddressInfo).port;

  return {
    port: policy.port,
    token,
    url: `http://${BRIDGE_HOST}:${policy.port}/?${BRIDGE_TOKEN_PARAM}=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, policy: GuardPolicy, options: BridgeOptions) {
  if (!hostAllowed(req, policy) || !originAllowed(req, policy)) {
    sendText(res, 403, 'Forbidden: Vade only answers pages it served itself on this computer.');
    return;
  }
  const pathname = new URL(req.url ?? '/', 'http://loopback').pathname;

  if (pathname === BRIDGE_RPC_PATH) {
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST');
    const presented = req.headers[BRIDGE_TOKEN_HEADER];
    if (!tokenMatches(typeof presented === 'string' ? presented : null, policy)) {
      return sendText(res, 401, 'Missing or wrong token');
    }
    const body = await readJsonBody(req);
    if (!body.ok) return sendJson(res, 400, { ok: false, error: { kind: 'validation', message: body.message } });
    return sendJson(res, 200, await options.dispatch(body.value.method, body.value.args, options.actor()));
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  const file = options.staticDir ? resolveStaticFile(options.staticDir, pathname) : null;
  if (!file) return sendText(res, 404, 'Not found');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': mimeTypeOf(file),
    'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file).pipe(res);
}

type BodyResult = { ok: true; value: RpcRequestBody } | { ok: false; message: string };

async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, message: 'Request body too large' };
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return { ok: false, message: 'The request body is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as RpcRequestBody).method !== 'string') {
    return { ok: false, message: 'Expected {"method": string, "args": …}' };
  }
  return { ok: true, value: parsed as RpcRequestBody };
}

function sendJson(res: ServerResponse, status: number, value: RpcResult | unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
