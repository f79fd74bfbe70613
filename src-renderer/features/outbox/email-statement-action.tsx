import { Text, Textarea, TextInput } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { outboxEnqueueManualInput } from '../../../src-shared/domain/outbox/schemas';
import type { Customer } from '../../../src-shared/domain/customers/types';
import { DialogButton } from '../../components/dialog-button';
import { joinedPathIn } from '../../forms/issues-to-errors';
import { ModalForm } from '../../forms/modal-form';
import { schemaErrors } from '../../forms/schema-errors';
import { useDialogForm } from '../../forms/use-dialog-form';
import { useI18n } from '../../i18n/i18n-context';
import { CompanyRequiredAlert } from '../company-profile/company-required';
import { useCompanyProfile } from '../company-profile/queries';
import { NoServerBanner, useQueuedMessage } from './no-server-notice';
import { useEnqueueManual } from './queries';

interface EmailValues {
  to: string;
  subject: string;
  body: string;
}

/** Addresses separated by commas or semicolons; empty text and blank fields fall back to the standard ones. */
const toInput = (customerId: number, v: EmailValues): MethodInput<'outbox/enqueue-manual'> => ({
  customerId,
  to: v.to
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean),
  ...(v.subject.trim() ? { subject: v.subject } : {}),
  ...(v.body.trim() ? { body: v.body } : {}),
  attachStatement: true,
});

const pathOf = (path: readonly (string | number)[]) => joinedPathIn(/^(to|subject|body)$/)(path.slice(0, 1));

function EmailStatementForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t, language } = useI18n();
  const enqueue = useEnqueueManual();
  const queuedMessage = useQueuedMessage();
  const company = useCompanyProfile();
  const firstAddress = customer.email || customer.contacts.find((c) => c.email)?.email || '';
  const { form, frame } = useDialogForm({
    initialValues: { to: firstAddress, subject: '', body: '' },
    validate: (values) => schemaErrors(outboxEnqueueManualInput, toInput(customer.id, values), language, t, pathOf),
    save: (values) => enqueue.mutateAsync(toInput(customer.id, values)),
    pathOf,
    savedMessage: () => queuedMessage(t('outbox.emailStatement.queued')),
    onClose,
  });
  return (
    <ModalForm
      title={t('outbox.emailStatement.title')}
      {...frame}
      saveLabel={t('outbox.emailStatement.send')}
      testId="email-statement-form"
    >
      {company.data && !company.data.title ? <CompanyRequiredAlert /> : <NoServerBanner />}
      <TextInput label={t('outbox.emailStatement.to')} withAsterisk data-autofocus {...form.getInputProps('to')} />
      <TextInput
        label={t('outbox.emailStatement.subject')}
        placeholder={t('outbox.emailStatement.defaultHint')}
        maxLength={200}
        {...form.getInputProps('subject')}
      />
      <Textarea
        label={t('outbox.emailStatement.body')}
        placeholder={t('outbox.emailStatement.defaultHint')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('body')}
      />
      <Text size="xs" c="dimmed">
        {t('outbox.emailStatement.attach')}
      </Text>
    </ModalForm>
  );
}

/** The customer card's "E-mail the statement": queued in the outbox with the statement PDF attached. */
export function EmailStatementAction({ customer }: { customer: Customer }) {
  const { t } = useI18n();
  return (
    <DialogButton label={t('outbox.emailStatement')} icon={<IconMail size={16} />} testId="email-statement">
      {(close) => <EmailStatementForm customer={customer} onClose={close} />}
    </DialogButton>
  );
}
