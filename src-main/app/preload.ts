import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { RpcResult } from '../../src-shared/contract/envelope';
import type { AppEvent } from '../../src-shared/contract/events';
import { IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL, type PreloadApi } from '../../src-shared/contract/preload-api';

/**
 * The page's only door to the backend. Sandboxed preload: no Node, nothing but these two functions
 * crosses the context bridge (no ipcRenderer, no channel names chosen by the page).
 */
const api: PreloadApi = {
  rpc: (method, args) => ipcRenderer.invoke(IPC_RPC_CHANNEL, String(method), args) as Promise<RpcResult>,
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('vade', api);
