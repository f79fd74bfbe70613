import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { RpcResult } from '../../src-shared/contract/envelope';
import { IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL } from '../../src-shared/contract/preload-api';
import { isAppUrl } from '../app/app-url';
import type { Backend } from '../backend';

export interface IpcWindows {
  /** True for the web contents of a window Vade itself created. */
  isAppWebContents(contents: WebContents): boolean;
  /** Every open window's web contents, for pushing events. */
  liveWebContents(): WebContents[];
}

const REFUSED: RpcResult = { ok: false, error: { kind: 'internal', message: 'error.unauthorized' } };

/** Only the top frame of our own window, showing our own page, may call the backend. */
function isTrustedSender(event: IpcMainInvokeEvent, windows: IpcWindows): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) return false;
  return isAppUrl(frame.url) && windows.isAppWebContents(event.sender);
}

/** The Electron door to the backend: one invoke channel for calls, one send channel for events. */
export function openIpcDoor(backend: Pick<Backend, 'dispatch' | 'events' | 'actor'>, windows: IpcWindows): () => void {
  ipcMain.handle(IPC_RPC_CHANNEL, async (event, method: unknown, args: unknown): Promise<RpcResult> => {
    if (!isTrustedSender(event, windows)) {
      console.warn(`Refused an IPC call from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return REFUSED;
    }
    // dispatch never throws; an unknown or non-string method comes back as not_found. The window is this PC's.
    return backend.dispatch(typeof method === 'string' ? method : '', args, backend.actor());
  });

  const unsubscribe = backend.events.subscribe((appEvent) => {
    for (const contents of windows.liveWebContents()) {
      if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, appEvent);
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_RPC_CHANNEL);
  };
}
