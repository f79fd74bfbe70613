import type { RpcResult } from './envelope';
import type { AppEvent } from './events';

/** All the preload script exposes to the page (as window.vade): one call and one event stream. */
export interface PreloadApi {
  rpc(method: string, args: unknown): Promise<RpcResult>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export const IPC_RPC_CHANNEL = 'vade:rpc';
export const IPC_EVENT_CHANNEL = 'vade:event';
