import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import type { Currency } from '../../../src-shared/money/currency';
import { send } from '../../api/client';
import { useSend } from '../../api/use-send';
import { planKeys } from './query-keys';

/** Plans a card lists per page (a customer rarely has more). */
const PLAN_PAGE = 50;

export const useCustomerPlans = (customerId: number) =>
  useInfiniteQuery({
    queryKey: planKeys.ofCustomer(customerId),
    queryFn: ({ pageParam }) => send('plans/list', { customerId, limit: PLAN_PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const usePlan = (customerId: number, id: number | null) =>
  useQuery({
    queryKey: planKeys.detail(customerId, id ?? 0),
    queryFn: () => send('plans/get', { id: id ?? 0 }),
    enabled: id !== null,
  });

export const useCoverableInvoices = (customerId: number, currency: Currency) =>
  useQuery({
    queryKey: planKeys.coverable(customerId, currency),
    queryFn: () => send('plans/open-invoices', { customerId, currency }),
  });

/** The proposed schedule for these terms; null terms (not valid yet) ask for nothing. */
export const useProposal = (input: MethodInput<'plans/propose'> | null) =>
  useQuery({
    queryKey: planKeys.proposal(input ?? ({} as MethodInput<'plans/propose'>)),
    queryFn: () => send('plans/propose', input!),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });

export const usePlanSettings = () => useQuery({ queryKey: planKeys.settings(), queryFn: () => send('plans/settings', {}) });

export const useHolidays = (year: number) =>
  useQuery({
    queryKey: planKeys.holidays(year),
    queryFn: () => send('holidays/list', { year }),
    placeholderData: keepPreviousData,
  });

export const useCreatePlan = () => useSend('plans/create');
export const useReplan = () => useSend('plans/replan');
export const useCancelPlan = () => useSend('plans/cancel');
export const useUpdatePlanSettings = () => useSend('plans/update-settings');
export const useAddHoliday = () => useSend('holidays/add');
export const useRemoveHoliday = () => useSend('holidays/remove');
