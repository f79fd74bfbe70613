import { SimpleGrid, Text, Textarea } from '@mantine/core';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import type { Currency } from '../../../../src-shared/money/currency';
import { CurrencyAmountInput } from '../../../components/currency-amount-input';
import { CurrencySelect } from '../../../components/currency-select';
import { DateInput } from '../../../components/date-input';
import { ModalForm } from '../../../forms/modal-form';
import { useDialogForm } from '../../../forms/use-dialog-form';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { useCreatePromise } from '../mutations';
import { emptyPromiseForm, toPromiseInput, type PromiseFormValues } from './promise-form-values';
import type { UseFormReturnType } from '@mantine/form';
import { promisePathOf, validatePromiseForm } from './validate-promise-form';

interface PromiseFormProps {
  customerId: number;
  /** The currency the customer mostly owes in. */
  currency: Currency;
  onClose: () => void;
}

type PromiseFieldValues = Pick<PromiseFormValues, 'promisedDate' | 'amount' | 'currency'>;

/** The promised day, amount and currency, in any form that has them (the card's promise, a call's outcome). */
export function PromiseFields<V extends PromiseFieldValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useI18n();
  const api = form as unknown as UseFormReturnType<PromiseFieldValues>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <DateInput
        label={t('promises.promisedDate')}
        withAsterisk
        min={todayLocal()}
        data-autofocus
        {...api.getInputProps('promisedDate')}
      />
      <CurrencyAmountInput
        label={t('promises.amount')}
        withAsterisk
        currency={api.values.currency}
        {...api.getInputProps('amount')}
      />
      <CurrencySelect {...api.getInputProps('currency')} />
    </SimpleGrid>
  );
}

/** Records that the customer promised to pay an amount by a day; kept or broken follows from the payments. */
export function PromiseForm({ customerId, currency, onClose }: PromiseFormProps) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const create = useCreatePromise();
  const { form, frame } = useDialogForm({
    initialValues: emptyPromiseForm(currency),
    validate: (values) => validatePromiseForm(values, language, t),
    save: (values) => create.mutateAsync(toPromiseInput(customerId, values)),
    pathOf: promisePathOf,
    savedMessage: (promise) =>
      t('promises.saved', { amount: format.money(promise.amount, promise.currency), date: format.date(promise.promisedDate) }),
    onClose,
  });
  return (
    <ModalForm title={t('promises.newTitle')} {...frame} saveLabel={t('common.save')} testId="promise-form">
      <PromiseFields form={form} />
      <Textarea label={t('promises.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
      <Text size="xs" c="dimmed">
        {t('promises.keptHint', { currency: form.values.currency })}
      </Text>
    </ModalForm>
  );
}
