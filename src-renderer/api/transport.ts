import type { RpcResult } from '../../src-shared/contract/envelope';
import type { AppEvent } from '../../src-shared/contract/events';

/** How the renderer reaches the backend: Electron IPC through the preload, or the loopback bridge. */
export interface Transport {
  kind: 'ipc' | 'bridge';
  call(method: string, args: unknown): Promise<RpcResult>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}
