import { AppError } from '../../src-shared/contract/errors';
import type { AppEvent } from '../../src-shared/contract/events';
import type { MethodInput, MethodName, MethodOutput } from '../../src-shared/contract/methods';
import type { PreloadApi } from '../../src-shared/contract/preload-api';
import { bridgeTransport } from './bridge-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

declare global {
  interface Window {
    vade?: PreloadApi;
  }
}

let transport: Transport | undefined;

/** IPC when the Electron preload is there, else the browser-mode bridge. Chosen once. */
function currentTransport(): Transport {
  transport ??= window.vade ? ipcTransport(window.vade) : bridgeTransport();
  return transport;
}

/** The one way the renderer talks to the backend. Resolves with the result or throws an AppError. */
export async function send<N extends MethodName>(method: N, args: MethodInput<N>): Promise<MethodOutput<N>> {
  const result = await currentTransport().call(method, args);
  if (!result.ok) throw new AppError(result.error);
  return result.value as MethodOutput<N>;
}

export const onEvent = (listener: (event: AppEvent) => void): (() => void) => currentTransport().subscribe(listener);

export const transportKind = (): Transport['kind'] => currentTransport().kind;
