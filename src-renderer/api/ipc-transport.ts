import type { PreloadApi } from '../../src-shared/contract/preload-api';
import type { Transport } from './transport';

export const ipcTransport = (api: PreloadApi): Transport => ({
  kind: 'ipc',
  call: (method, args) => api.rpc(method, args),
  subscribe: (listener) => api.onEvent(listener),
});
