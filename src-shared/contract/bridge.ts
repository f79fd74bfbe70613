/** The browser-mode bridge's wire protocol (loopback HTTP + WebSocket), shared by server and client. */
export const BRIDGE_RPC_PATH = '/rpc';
export const BRIDGE_EVENTS_PATH = '/events';
export const BRIDGE_TOKEN_HEADER = 'x-vade-token';
/** The page URL carries the token once as ?token=…; the client keeps it in sessionStorage. */
export const BRIDGE_TOKEN_PARAM = 'token';

export interface RpcRequestBody {
  method: string;
  args?: unknown;
}
