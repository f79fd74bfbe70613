import { useMutation } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../src-shared/contract/methods';
import { send } from './client';

/**
 * A mutation that calls one backend method. What it changes is refreshed through the events the method emits
 * (app/event-sync.ts); nothing is patched into the cache by hand.
 */
export const useSend = <M extends MethodName>(method: M) =>
  useMutation({ mutationFn: (input: MethodInput<M>) => send(method, input) });
