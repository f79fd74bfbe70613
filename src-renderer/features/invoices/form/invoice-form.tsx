import type { NumberReplaced } from '../../../../src-shared/domain/common/number-replaced';
import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import type { Currency } from '../../../../src-shared/money/currency';
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { FormActions } from '../../../forms/form-actions';
import { FormAlerts, type StaleNotice } from '../../../forms/form-alerts';
import { useFormSave } from '../../../forms/use-form-save';
import { usePrefilledField } from '../../../forms/use-prefilled-field';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { deepEqual } from '../../../lib/deep-equal';
import { useSuggestedNumber } from '../queries';
import { CreditLimitWarning } from './credit-limit-warning';
import { formTotals } from './form-amounts';
import { invoicePathOf } from './form-paths';
import { InvoiceAmountFields } from './invoice-amount-fields';
import { InvoiceDetailsFields } from './invoice-details-fields';
import { InvoiceExtraFields } from './invoice-extra-fields';
import type { InvoiceFormValues } from './invoice-form-values';
import { useInvoiceForm } from './use-invoice-form';
import type { InvoiceFormMode } from './validate-invoice-form';

interface InvoiceFormProps {
  mode: InvoiceFormMode;
  initialValues: InvoiceFormValues;
  header: ReactNode;
  /** Saves and returns the stored invoice; throws an AppError when refused. */
  /** `suggested`: the next number the form showed (a new invoice). */
  onSave: (values: InvoiceFormValues, suggested?: string) => Promise<Invoice & NumberReplaced>;
  cancelTo: string;
  /** When editing: what the invoice adds to the customer's balance now (for the credit-limit check). */
  replacing?: { currency: Currency; openAmount: number };
  /** Shown when the backend says someone else changed the invoice meanwhile. */
  stale?: Omit<StaleNotice, 'title' | 'message' | 'reloadLabel'>;
}

export function InvoiceForm({ mode, initialValues, header, onSave, cancelTo, replacing, stale }: InvoiceFormProps) {
  const t = useT();
  const format = useFormatters();
  const navigate = useNavigate();
  const { form, noteSubmitted } = useInvoiceForm(initialValues, mode);
  // The next free number of the issue year, filled in until the user types their own.
  const year = form.values.issueDate.slice(0, 4);
  const suggestion = useSuggestedNumber(year ? `${year}-01-01` : '', mode === 'create' && /^\d{4}$/.test(year));
  usePrefilledField(form, 'number', suggestion.data?.number);
  const { root, submit, failure, saved, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: (values) => onSave(values, suggestion.data?.number),
    pathOf: invoicePathOf,
    onSaved: (invoice) => {
      notifications.show({
        color: 'teal',
        title: t('common.saved'),
        message: mode === 'create' ? t('invoices.created', { number: invoice.number }) : t('invoices.updated'),
      });
      if (invoice.numberReplaced)
        notifications.show({ color: 'yellow', autoClose: false, message: t('invoices.numberReplaced', invoice.numberReplaced) });
      void navigate(`/invoices/${invoice.id}`, { replace: true });
    },
  });

  const totals = formTotals(form.values);

  return (
    <form ref={root} onSubmit={submit} noValidate data-testid="invoice-form">
      <UnsavedChangesGuard shouldBlock={() => !saved.current && !deepEqual(form.getValues(), form.getInitialValues())} />
      {header}
      <FormAlerts
        general={failure.general}
        hasFieldErrors={hasFieldErrors}
        stale={
          failure.stale
            ? {
                title: t('invoices.staleTitle'),
                message: t('invoices.staleBody'),
                reloadLabel: t('invoices.reloadLatest'),
                ...stale,
              }
            : null
        }
      />
      <Stack gap="lg">
        <InvoiceDetailsFields form={form} mode={mode} />
        <InvoiceAmountFields form={form} totals={totals} />
        <InvoiceExtraFields form={form} />
      </Stack>
      <CreditLimitWarning
        customerId={form.values.customerId}
        currency={form.values.currency}
        total={totals.total}
        replacing={replacing}
      />
      <FormActions cancelTo={cancelTo} saving={form.submitting} saveTestId="save-invoice">
        <Text size="sm" c="dimmed">
          {t('invoices.grandTotal')}:{' '}
          <Text span fw={700} c="var(--mantine-color-text)" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.money(totals.total, form.values.currency)}
          </Text>
        </Text>
      </FormActions>
    </form>
  );
}
