import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridge, type Bridge } from '../../src-main/transport/http-bridge';
import { tempDir } from '../support/temp-dir';
import { call, testBackend } from '../support/test-backend';

const bridges: Bridge[] = [];
afterEach(async () => {
  for (const bridge of bridges.splice(0)) await bridge.close();
});

async function serve() {
  const backend = await testBackend();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Vade</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  const bridge = await startBridge({ dispatch: backend.dispatch, actor: backend.actor, events: backend.events, staticDir });
  bridges.push(bridge);
  return { backend, bridge };
}

interface Reply {
  status: number;
  body: string;
}

/** A raw HTTP request, so Host and Origin can be set to anything a hostile page could send. */
function request(
  bridge: Bridge,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string; host?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.host ?? '127.0.0.1',
        port: bridge.port,
        method: options.method ?? 'POST',
        path: options.path ?? '/rpc',
        headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const rpc = (method: string, args: unknown) => JSON.stringify({ method, args });

describe('browser-mode bridge', () => {
  it('answers a call that carries the token', async () => {
    const { bridge } = await serve();
    const reply = await request(bridge, {
      headers: { 'x-vade-token': bridge.token },
      body: rpc('customers/create', { title: 'Köprü Ltd.' }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { code: 'C00001', title: 'Köprü Ltd.' } });
  });

  it('accepts the old name of a renamed method (until 1.1), as IPC and the CLI do', async () => {
    const { bridge } = await serve();
    const reply = await request(bridge, { headers: { 'x-vade-token': bridge.token }, body: rpc('customers/suggestCode', {}) });
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { code: 'C00001' } });
  });

  it('refuses calls without the token or with a wrong one, and changes nothing', async () => {
    const { bridge, backend } = await serve();
    expect((await request(bridge, { body: rpc('customers/create', { title: 'Sızma' }) })).status).toBe(401);
    expect(
      (
        await request(bridge, {
          headers: { 'x-vade-token': `${bridge.token}x` },
          body: rpc('customers/create', { title: 'Sızma' }),
        })
      ).status,
    ).toBe(401);
    expect((await call(backend, 'customers/list', { status: 'all' })).total).toBe(0);
  });

  it('refuses foreign Origin and Host headers even with the token (other sites, DNS rebinding)', async () => {
    const { bridge } = await serve();
    const token = { 'x-vade-token': bridge.token };
    expect(
      (await request(bridge, { headers: { ...token, origin: 'https://evil.example' }, body: rpc('system/info', {}) })).status,
    ).toBe(403);
    expect(
      (await request(bridge, { headers: { ...token, host: `evil.example:${bridge.port}` }, body: rpc('system/info', {}) }))
        .status,
    ).toBe(403);
    const same = await request(bridge, {
      headers: { ...token, origin: `http://127.0.0.1:${bridge.port}` },
      body: rpc('system/info', {}),
    });
    expect(same.status).toBe(200);
  });

  it('returns typed validation errors and refuses bodies that are not JSON', async () => {
    const { bridge } = await serve();
    const headers = { 'x-vade-token': bridge.token };
    const bad = JSON.parse(
      (await request(bridge, { headers, body: rpc('customers/create', { title: 'Vergi', taxId: '4540536921' }) })).body,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['taxId'], key: 'validation.taxId.vkn' }] },
    });
    expect((await request(bridge, { headers, body: '{nope' })).status).toBe(400);
  });

  it('listens on loopback only', async () => {
    const { bridge } = await serve();
    expect(bridge.url.startsWith(`http://127.0.0.1:${bridge.port}/?token=`)).toBe(true);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (!external) return; // a machine without a non-loopback interface has nothing else to try
    await expect(request(bridge, { host: external.address, method: 'GET', path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('serves the app files with a CSP and never a file outside its folder', async () => {
    const { bridge } = await serve();
    const page = await request(bridge, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Vade</title>');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/etc/passwd']) {
      expect((await request(bridge, { method: 'GET', path: p })).status, p).toBe(404);
    }
  });

  it('pushes events to a socket that has the token and refuses one that has not', async () => {
    const { bridge, backend } = await serve();
    const wsUrl = `ws://127.0.0.1:${bridge.port}/events?token=`;
    const refusedSocket = new WebSocket(`${wsUrl}wrong`);
    await expect(new Promise((resolve, reject) => refusedSocket.on('open', resolve).on('error', reject))).rejects.toThrow(/403/);

    const socket = new WebSocket(`${wsUrl}${bridge.token}`, { headers: { origin: `http://127.0.0.1:${bridge.port}` } });
    await new Promise((resolve) => socket.on('open', resolve));
    const received = new Promise<unknown>((resolve) =>
      socket.on('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8')))),
    );
    await backend.dispatch('customers/create', { title: 'Olaylı Ltd.' });
    expect(await received).toEqual({ type: 'customers/changed', ids: [1] });
    socket.close();
  });
});
