import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { send } from '../../api/client';

export const reminderKeys = {
  all: ['reminders'] as const,
  policies: () => [...reminderKeys.all, 'policies'] as const,
  templates: () => [...reminderKeys.all, 'templates'] as const,
  preview: (args: MethodInput<'reminders/preview'>) => [...reminderKeys.all, 'preview', args] as const,
  runs: () => [...reminderKeys.all, 'runs'] as const,
  approvals: () => [...reminderKeys.all, 'approvals'] as const,
  customer: (id: number) => [...reminderKeys.all, 'customer', id] as const,
  rates: () => [...reminderKeys.all, 'rates'] as const,
  schedule: () => [...reminderKeys.all, 'schedule'] as const,
};

export const usePolicies = () => useQuery({ queryKey: reminderKeys.policies(), queryFn: () => send('reminders/policies', {}) });
export const useTemplates = () =>
  useQuery({ queryKey: reminderKeys.templates(), queryFn: () => send('reminders/templates', {}) });
export const useApprovals = () =>
  useQuery({ queryKey: reminderKeys.approvals(), queryFn: () => send('reminders/approvals', {}) });
export const useInterestRates = () =>
  useQuery({ queryKey: reminderKeys.rates(), queryFn: () => send('reminders/interest-rates', {}) });
export const useSchedule = () => useQuery({ queryKey: reminderKeys.schedule(), queryFn: () => send('reminders/schedule', {}) });
export const useCustomerDunning = (customerId: number) =>
  useQuery({ queryKey: reminderKeys.customer(customerId), queryFn: () => send('reminders/customer', { customerId }) });

/** The preview follows the edits as they are typed; the last one stays on screen while the next loads. */
export const usePreview = (args: MethodInput<'reminders/preview'> | null) =>
  useQuery({
    queryKey: reminderKeys.preview(args ?? { customerId: 0, code: '', language: 'tr' }),
    queryFn: () => send('reminders/preview', args!),
    enabled: args !== null,
    placeholderData: keepPreviousData,
  });

export const useRuns = () =>
  useInfiniteQuery({
    queryKey: reminderKeys.runs(),
    queryFn: ({ pageParam }) => send('reminders/runs', pageParam === null ? {} : { cursor: pageParam }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });

/** A reminders mutation refreshes everything under reminders (policies, runs, approvals, the card's figures). */
function useReminderMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: reminderKeys.all }) });
}

export const useSavePolicy = () =>
  useReminderMutation((args: MethodInput<'reminders/save-policy'>) => send('reminders/save-policy', args));
export const useSaveTemplate = () =>
  useReminderMutation((args: MethodInput<'reminders/save-template'>) => send('reminders/save-template', args));
export const useRunNow = () => useReminderMutation((args: MethodInput<'reminders/run-now'>) => send('reminders/run-now', args));
export const useApprove = () => useReminderMutation((id: number) => send('reminders/approve', { id }));
export const useReject = () => useReminderMutation((id: number) => send('reminders/reject', { id }));
export const useSaveCustomerReminders = () =>
  useReminderMutation((args: MethodInput<'reminders/save-customer'>) => send('reminders/save-customer', args));
export const useSaveInterestRate = () =>
  useReminderMutation((args: MethodInput<'reminders/save-interest-rate'>) => send('reminders/save-interest-rate', args));
export const useDeleteInterestRate = () =>
  useReminderMutation((validFrom: string) => send('reminders/delete-interest-rate', { validFrom }));
export const useSaveSchedule = () =>
  useReminderMutation((args: MethodInput<'reminders/save-schedule'>) => send('reminders/save-schedule', args));
