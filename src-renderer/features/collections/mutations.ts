import { useSend } from '../../api/use-send';

/**
 * Collections changes refresh the card, the invoice and the timeline through the `ledger/changed` event
 * each of them emits (see app/event-sync.ts); nothing is patched into the cache by hand.
 */
export const useLogActivity = () => useSend('activities/log');
export const useCreatePromise = () => useSend('promises/create');
export const useCancelPromise = () => useSend('promises/cancel');
export const useOpenDispute = () => useSend('disputes/open');
export const useResolveDispute = () => useSend('disputes/resolve');
