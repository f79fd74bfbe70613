import { BRIDGE_EVENTS_PATH, BRIDGE_RPC_PATH, BRIDGE_TOKEN_HEADER, BRIDGE_TOKEN_PARAM } from '../../src-shared/contract/bridge';
import type { RpcResult } from '../../src-shared/contract/envelope';
import type { AppEvent } from '../../src-shared/contract/events';
import type { Transport } from './transport';

const TOKEN_STORAGE_KEY = 'vade.bridgeToken';

/** Takes the launch token from the URL once, keeps it for this tab, and removes it from the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(BRIDGE_TOKEN_PARAM);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(BRIDGE_TOKEN_PARAM);
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}

const unavailable = (status: number): RpcResult => ({
  ok: false,
  error: { kind: 'internal', message: status === 401 ? 'error.unauthorized' : 'error.unavailable' },
});

export function bridgeTransport(): Transport {
  const token = takeToken();
  return {
    kind: 'bridge',
    async call(method, args) {
      let response: Response;
      try {
        response = await fetch(BRIDGE_RPC_PATH, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [BRIDGE_TOKEN_HEADER]: token },
          body: JSON.stringify({ method, args }),
        });
      } catch {
        return unavailable(0);
      }
      if (!response.ok) return unavailable(response.status);
      return (await response.json()) as RpcResult;
    },
    subscribe(listener) {
      let socket: WebSocket | null = null;
      let closed = false;
      let retry: ReturnType<typeof setTimeout> | undefined;
      const connect = () => {
        const url = new URL(BRIDGE_EVENTS_PATH, window.location.href);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        url.searchParams.set(BRIDGE_TOKEN_PARAM, token);
        socket = new WebSocket(url);
        socket.onmessage = (message) => listener(JSON.parse(String(message.data)) as AppEvent);
        socket.onclose = () => {
          if (!closed) retry = setTimeout(connect, 2000); // the backend restarted: reconnect quietly
        };
      };
      connect();
      return () => {
        closed = true;
        clearTimeout(retry);
        socket?.close();
      };
    },
  };
}
