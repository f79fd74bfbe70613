import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Payment } from '../../../../src-shared/domain/payments/types';
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { FormActions } from '../../../forms/form-actions';
import { FormAlerts } from '../../../forms/form-alerts';
import { useFormSave } from '../../../forms/use-form-save';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { deepEqual } from '../../../lib/deep-equal';
import { useInvoice, useOpenInvoices } from '../../invoices/queries';
import { AllocationFields } from './allocation-fields';
import { allocatableInvoices, firstPartOf } from './allocation-context';
import { CreditMainFields } from './credit-main-fields';
import type { CreditFormValues } from './credit-form-values';
import { creditPathOf } from './form-paths';
import { allocationSummary } from './saved-message';
import { useCreditForm, type CreditFormApi } from './use-credit-form';

interface CreditFormProps {
  initialValues: CreditFormValues;
  header: ReactNode;
  /** Saves and returns the stored payment or credit note; throws an AppError when refused. */
  onSave: (values: CreditFormValues) => Promise<Payment>;
  cancelTo: string;
  /** An invoice whose row follows the amount (up to its open amount) until the user changes a row. */
  linkedInvoiceId?: number | null;
}

/** The payment form and the credit-note form: the same credit, matched to invoices the same way. */
export function CreditForm({ initialValues, header, onSave, cancelTo, linkedInvoiceId = null }: CreditFormProps) {
  const t = useT();
  const format = useFormatters();
  const navigate = useNavigate();
  const { form, noteSubmitted } = useCreditForm(initialValues);
  const values = form.values;
  const { root, submit, failure, saved, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: onSave,
    // Read when a refusal arrives: the lines sent are those of the values now on screen.
    pathOf: (path) => creditPathOf(form.getValues())(path),
    onSaved: (payment) => {
      notifications.show({
        color: 'teal',
        title: t(payment.kind === 'payment' ? 'payments.saved.title' : 'creditNotes.saved.title', {
          amount: format.money(payment.amount, payment.currency),
        }),
        message: allocationSummary(payment, t, format),
        autoClose: 8000,
      });
      void navigate(`/payments/${payment.id}`, { replace: true });
    },
  });

  const open = useOpenInvoices(values.customerId, values.currency);
  const ownInvoice = useInvoice(values.invoiceId);
  const firstPart = firstPartOf(values, ownInvoice.data);
  const followLinked = useLinkedRow(form, linkedInvoiceId);

  return (
    <form ref={root} onSubmit={submit} noValidate data-testid="credit-form" data-kind={values.kind}>
      <UnsavedChangesGuard shouldBlock={() => !saved.current && !deepEqual(form.getValues(), form.getInitialValues())} />
      {header}
      <FormAlerts general={failure.general} hasFieldErrors={hasFieldErrors} />
      <Stack gap="lg">
        <CreditMainFields form={form} />
        <AllocationFields
          form={form}
          openInvoices={{
            data: open.data ? allocatableInvoices(values, open.data) : undefined,
            isError: open.isError,
            error: open.error,
            refetch: () => void open.refetch(),
            more: open.data?.nextCursor != null,
          }}
          firstPart={firstPart}
          onRowEdited={followLinked.stop}
        />
      </Stack>
      <FormActions cancelTo={cancelTo} saving={form.submitting} saveTestId="save-credit" />
    </form>
  );
}

/**
 * Coming from an invoice, its row starts at the amount and follows it while the user only changes the
 * amount: typing a smaller payment then still matches all of it to that invoice.
 */
function useLinkedRow(form: CreditFormApi, invoiceId: number | null) {
  const following = useRef(invoiceId !== null);
  const amount = form.values.amount;
  useEffect(() => {
    if (!following.current || invoiceId === null || form.getValues().allocationMode !== 'manual') return;
    const open = form.getInitialValues().allocations[invoiceId] ?? 0;
    const next = amount !== null && Number.isFinite(amount) ? Math.min(Math.max(0, amount), open) : null;
    form.setFieldValue(`allocations.${invoiceId}`, next);
    // Only a new amount moves the row; `form` is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [amount]);
  return {
    stop: () => {
      following.current = false;
    },
  };
}
