import type { NumberReplaced } from '../../../../src-shared/domain/common/number-replaced';
import { SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { FormActions } from '../../../forms/form-actions';
import { FormAlerts } from '../../../forms/form-alerts';
import { useFormSave } from '../../../forms/use-form-save';
import { usePrefilledField } from '../../../forms/use-prefilled-field';
import { useT } from '../../../i18n/i18n-context';
import { deepEqual } from '../../../lib/deep-equal';
import { ContactDetailFields } from './contact-detail-fields';
import { ContactsEditor } from './contacts-editor';
import type { CustomerFormValues } from './customer-form-values';
import { formPathOf } from './form-paths';
import { IdentityFields } from './identity-fields';
import { TermsFields } from './terms-fields';
import { useCustomerForm } from './use-customer-form';
import type { CustomerFormMode } from './validate-customer-form';

interface CustomerFormProps {
  mode: CustomerFormMode;
  initialValues: CustomerFormValues;
  header: ReactNode;
  /** Saves and returns the stored card; throws an AppError when refused. */
  onSave: (values: CustomerFormValues) => Promise<Customer & NumberReplaced>;
  cancelTo: string;
  /** A code proposed by the backend, filled in as long as the user has not typed one. */
  suggestedCode?: string;
  /** Loads the latest version of the card after someone else changed it. */
  onReloadLatest?: () => void;
  reloading?: boolean;
}

export function CustomerForm({
  mode,
  initialValues,
  header,
  onSave,
  cancelTo,
  suggestedCode,
  onReloadLatest,
  reloading,
}: CustomerFormProps) {
  const t = useT();
  const navigate = useNavigate();
  const { form, noteSubmitted } = useCustomerForm(initialValues, mode);
  const { root, submit, failure, saved, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: onSave,
    pathOf: formPathOf,
    onSaved: (customer) => {
      notifications.show({
        color: 'teal',
        title: t('common.saved'),
        message: mode === 'create' ? t('customers.created', { code: customer.code }) : t('customers.updated'),
      });
      if (customer.numberReplaced)
        notifications.show({ color: 'yellow', autoClose: false, message: t('customers.codeReplaced', customer.numberReplaced) });
      void navigate(`/customers/${customer.id}`, { replace: true });
    },
  });

  usePrefilledField(form, 'code', suggestedCode);

  return (
    <form ref={root} onSubmit={submit} noValidate data-testid="customer-form">
      {/* Compared by value: Mantine's own dirty flags miss list edits after a field was reverted. */}
      <UnsavedChangesGuard shouldBlock={() => !saved.current && !deepEqual(form.getValues(), form.getInitialValues())} />
      {header}
      <FormAlerts
        general={failure.general}
        hasFieldErrors={hasFieldErrors}
        stale={
          failure.stale
            ? {
                title: t('customers.staleTitle'),
                message: t('validation.staleVersion'),
                reloadLabel: t('customers.reloadLatest'),
                onReload: onReloadLatest,
                reloading,
              }
            : null
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <IdentityFields form={form} mode={mode} />
          <ContactDetailFields form={form} />
        </SimpleGrid>
        <TermsFields form={form} />
        <ContactsEditor form={form} />
      </Stack>
      <FormActions cancelTo={cancelTo} saving={form.submitting} saveTestId="save-customer" />
    </form>
  );
}
