import { SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { TODAY_CALL_OUTCOMES, todayCompleteInput, type TodayCallOutcome } from '../../../src-shared/domain/today/schemas';
import type { TodayItem } from '../../../src-shared/domain/today/types';
import type { Currency } from '../../../src-shared/money/currency';
import { joinedPathIn } from '../../forms/issues-to-errors';
import { ModalForm } from '../../forms/modal-form';
import { schemaErrors } from '../../forms/schema-errors';
import { useDialogForm } from '../../forms/use-dialog-form';
import { useI18n } from '../../i18n/i18n-context';
import { PromiseFields } from '../collections/promises/promise-form';
import { promiseDayAndAmountErrors } from '../collections/promises/validate-promise-form';
import { useCompleteToday } from './queries';

interface CallValues {
  outcome: TodayCallOutcome;
  amount: number | null;
  currency: Currency;
  promisedDate: string;
  note: string;
}

const toInput = (item: TodayItem, v: CallValues): MethodInput<'today/complete'> => ({
  customerId: item.customerId,
  ...(item.taskId !== null ? { taskId: item.taskId } : {}),
  action: 'call',
  outcome: v.outcome,
  ...(v.outcome === 'promised'
    ? { promise: { amount: v.amount ?? Number.NaN, currency: v.currency, promisedDate: v.promisedDate } }
    : {}),
  note: v.note,
});

const pathOf = (path: readonly (string | number)[]) =>
  joinedPathIn(/^(outcome|amount|currency|promisedDate|note)$/)(path[0] === 'promise' ? path.slice(1) : path);

/** Logs a call on the customer's timeline (and a promise when one was made), then takes the row off today. */
export function CallOutcomeForm({ item, onClose }: { item: TodayItem; onClose: () => void }) {
  const { t, language } = useI18n();
  const complete = useCompleteToday();
  const main = item.overdue.toSorted((a, b) => b.amount - a.amount)[0];
  const { form, frame } = useDialogForm({
    initialValues: {
      outcome: 'reached',
      amount: main?.amount ?? null,
      currency: main?.currency ?? 'TRY',
      promisedDate: '',
      note: '',
    } as CallValues,
    validate: (values) => {
      const errors = schemaErrors(todayCompleteInput, toInput(item, values), language, t, pathOf);
      return values.outcome === 'promised' ? { ...errors, ...promiseDayAndAmountErrors(values, t) } : errors;
    },
    save: (values) => complete.mutateAsync(toInput(item, values)),
    pathOf,
    savedMessage: () => t('today.callLogged'),
    onClose,
  });
  return (
    <ModalForm
      title={`${t('today.logCall')} · ${item.customerTitle}`}
      {...frame}
      saveLabel={t('today.saveCall')}
      testId="call-outcome-form"
    >
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('today.outcome')}
        </Text>
        <SegmentedControl
          fullWidth
          data={TODAY_CALL_OUTCOMES.map((o) => ({ value: o, label: t(`today.outcome.${o}`) }))}
          {...form.getInputProps('outcome')}
          data-testid="call-outcome"
        />
      </Stack>
      {form.values.outcome === 'promised' && <PromiseFields form={form} />}
      <Textarea label={t('today.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
      {item.messageText && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {item.messageText}
        </Text>
      )}
    </ModalForm>
  );
}
