import { Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import type { Currency } from '../../../../src-shared/money/currency';
import { CurrencyAmountInput } from '../../../components/currency-amount-input';
import { DateInput } from '../../../components/date-input';
import { ModalForm } from '../../../forms/modal-form';
import { useFormSave } from '../../../forms/use-form-save';
import { useValidatedForm } from '../../../forms/use-validated-form';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { CURRENCY_OPTIONS } from '../../invoices/form/invoice-details-fields';
import { useCreatePromise } from '../mutations';
import { emptyPromiseForm, toPromiseInput } from './promise-form-values';
import { promisePathOf, validatePromiseForm } from './validate-promise-form';

interface PromiseFormProps {
  customerId: number;
  /** The currency the customer mostly owes in. */
  currency: Currency;
  onClose: () => void;
}

/** Records that the customer promised to pay an amount by a day; kept or broken follows from the payments. */
export function PromiseForm({ customerId, currency, onClose }: PromiseFormProps) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const create = useCreatePromise();
  const { form, noteSubmitted } = useValidatedForm(emptyPromiseForm(currency), (values) =>
    validatePromiseForm(values, language, t),
  );
  const { root, submit, failure, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: (values) => create.mutateAsync(toPromiseInput(customerId, values)),
    pathOf: promisePathOf,
    onSaved: (promise) => {
      notifications.show({
        color: 'teal',
        message: t('promise.saved', {
          amount: format.money(promise.amount, promise.currency),
          date: format.date(promise.promisedDate),
        }),
      });
      onClose();
    },
  });
  return (
    <ModalForm
      title={t('promise.newTitle')}
      onClose={onClose}
      root={root}
      onSubmit={submit}
      general={failure.general}
      hasFieldErrors={hasFieldErrors}
      saving={form.submitting}
      saveLabel={t('common.save')}
      testId="promise-form"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateInput
          label={t('promise.promisedDate')}
          withAsterisk
          min={todayLocal()}
          data-autofocus
          {...form.getInputProps('promisedDate')}
        />
        <CurrencyAmountInput
          label={t('promise.amount')}
          withAsterisk
          currency={form.values.currency}
          {...form.getInputProps('amount')}
        />
        <Select<Currency>
          label={t('invoice.currency')}
          data={CURRENCY_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('currency')}
        />
      </SimpleGrid>
      <Textarea label={t('promise.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
      <Text size="xs" c="dimmed">
        {t('promise.keptHint', { currency: form.values.currency })}
      </Text>
    </ModalForm>
  );
}
