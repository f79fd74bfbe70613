import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconReceiptRefund } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { newCreditNotePath } from '../../../app/paths';
import { SectionCard } from '../../../components/section-card';
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { FormActions } from '../../../forms/form-actions';
import { FormAlerts } from '../../../forms/form-alerts';
import { joinedPathIn } from '../../../forms/issues-to-errors';
import { useFormSave } from '../../../forms/use-form-save';
import { useValidatedForm } from '../../../forms/use-validated-form';
import { useT } from '../../../i18n/i18n-context';
import { useUpdateInvoice } from '../mutations';

const MAX_NOTES = 2000;
const notesPathOf = joinedPathIn(/^notes$/);

/**
 * Editing an invoice that money was matched to (or that was written off): its amounts stay as they are —
 * the way to correct them is a credit note — and only the notes can change.
 */
export function InvoiceNotesForm({ invoice, header }: { invoice: Invoice; header: ReactNode }) {
  const t = useT();
  const navigate = useNavigate();
  const update = useUpdateInvoice();
  const { form, noteSubmitted } = useValidatedForm({ notes: invoice.notes }, (values) =>
    values.notes.trim().length > MAX_NOTES ? { notes: t('validation.tooLong', { max: MAX_NOTES }) } : {},
  );
  const { root, submit, failure, saved, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: (values) => update.mutateAsync({ id: invoice.id, notes: values.notes }),
    pathOf: notesPathOf,
    onSaved: (saved) => {
      notifications.show({ color: 'teal', title: t('common.saved'), message: t('invoices.notesUpdated') });
      void navigate(`/invoices/${saved.id}`, { replace: true });
    },
  });
  const writtenOff = invoice.writtenOffAmount > 0;
  return (
    <form ref={root} onSubmit={submit} noValidate data-testid="invoice-notes-form">
      <UnsavedChangesGuard shouldBlock={() => !saved.current && form.getValues().notes !== invoice.notes} />
      {header}
      <FormAlerts general={failure.general} hasFieldErrors={hasFieldErrors} />
      <Stack gap="lg">
        <Alert
          color="blue"
          variant="light"
          icon={<IconLock size={18} />}
          title={t('invoices.locked.title')}
          data-testid="locked-notice"
        >
          <Text size="sm">{writtenOff ? t('invoices.locked.writtenOff') : t('invoices.locked.allocated')}</Text>
          {!writtenOff && (
            <Group mt="sm">
              <Button
                component={Link}
                to={newCreditNotePath({ customerId: invoice.customerId, invoiceId: invoice.id })}
                size="xs"
                variant="white"
                leftSection={<IconReceiptRefund size={14} />}
              >
                {t('creditNotes.new')}
              </Button>
            </Group>
          )}
        </Alert>
        <SectionCard title={t('invoices.notes')}>
          <Textarea
            aria-label={t('invoices.notes')}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={MAX_NOTES}
            autoFocus
            {...form.getInputProps('notes')}
          />
        </SectionCard>
      </Stack>
      <FormActions cancelTo={`/invoices/${invoice.id}`} saving={form.submitting} saveTestId="save-notes" />
    </form>
  );
}
