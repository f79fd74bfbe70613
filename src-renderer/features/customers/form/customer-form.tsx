import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { useT } from '../../../i18n/i18n-context';
import { deepEqual } from '../../../lib/deep-equal';
import { ContactDetailFields } from './contact-detail-fields';
import { ContactsEditor } from './contacts-editor';
import classes from './customer-form.module.css';
import type { CustomerFormValues } from './customer-form-values';
import { FormAlerts } from './form-alerts';
import { IdentityFields } from './identity-fields';
import { interpretSaveError, type SaveFailure } from './save-error';
import { TermsFields } from './terms-fields';
import { useCustomerForm, type CustomerFormApi } from './use-customer-form';
import type { CustomerFormMode } from './validate-customer-form';

interface CustomerFormProps {
  mode: CustomerFormMode;
  initialValues: CustomerFormValues;
  header: ReactNode;
  /** Saves and returns the stored card; throws an AppError when refused. */
  onSave: (values: CustomerFormValues) => Promise<Customer>;
  cancelTo: string;
  /** A code proposed by the backend, filled in as long as the user has not typed one. */
  suggestedCode?: string;
  /** Loads the latest version of the card after someone else changed it. */
  onReloadLatest?: () => void;
  reloading?: boolean;
}

const NO_FAILURE: SaveFailure = { fields: {}, general: [], stale: false };

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
  const [failure, setFailure] = useState<SaveFailure>(NO_FAILURE);
  const root = useRef<HTMLFormElement>(null);
  const saved = useRef(false);

  usePrefilledCode(form, suggestedCode);

  /** Puts the cursor in the first field (in screen order) that has an error. */
  const focusFirstError = (errors: FormErrors) => {
    const inputs = root.current?.querySelectorAll<HTMLElement>('[data-path]') ?? [];
    const first = [...inputs].find((input) => errors[input.dataset.path ?? ''] !== undefined);
    first?.focus();
  };

  const save = async (values: CustomerFormValues) => {
    noteSubmitted(values);
    setFailure(NO_FAILURE);
    try {
      const customer = await onSave(values);
      saved.current = true;
      notifications.show({
        color: 'teal',
        title: t('common.saved'),
        message: mode === 'create' ? t('customers.created', { code: customer.code }) : t('customers.updated'),
      });
      void navigate(`/customers/${customer.id}`, { replace: true });
    } catch (error) {
      // The values stay as typed: only the errors are added.
      const result = interpretSaveError(error, t);
      form.setErrors(result.fields);
      setFailure(result);
      // A refusal with no field to point at is explained in the alert at the top: bring it into view.
      if (Object.keys(result.fields).length === 0) window.scrollTo({ top: 0, behavior: 'smooth' });
      else focusFirstError(result.fields);
    }
  };

  const refuse = (errors: FormErrors, values: CustomerFormValues) => {
    noteSubmitted(values);
    setFailure(NO_FAILURE);
    focusFirstError(errors);
  };

  // Built per event, not during render: the handlers touch refs. A second Ctrl+S while saving does nothing.
  const submit = (event?: FormEvent<HTMLFormElement>) => {
    if (form.submitting) {
      event?.preventDefault();
      return;
    }
    form.onSubmit(save, refuse)(event);
  };

  // Ctrl/Cmd+S saves from anywhere in the form, inputs included.
  useHotkeys([['mod+S', () => submit()]], []);
  const hasFieldErrors = Object.keys(form.errors).length > 0;

  return (
    <form ref={root} onSubmit={submit} noValidate data-testid="customer-form">
      {/* Compared by value: Mantine's own dirty flags miss list edits after a field was reverted. */}
      <UnsavedChangesGuard shouldBlock={() => !saved.current && !deepEqual(form.getValues(), form.getInitialValues())} />
      {header}
      <FormAlerts
        general={failure.general}
        hasFieldErrors={hasFieldErrors}
        stale={failure.stale}
        onReload={onReloadLatest}
        reloading={reloading}
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <IdentityFields form={form} mode={mode} />
          <ContactDetailFields form={form} />
        </SimpleGrid>
        <TermsFields form={form} />
        <ContactsEditor form={form} />
      </Stack>
      <Group justify="flex-end" className={classes.actions}>
        <Button variant="default" component={Link} to={cancelTo}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={form.submitting} leftSection={<IconDeviceFloppy size={16} />} data-testid="save-customer">
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}

/** Fills the proposed code in, without making the form dirty, until the user types their own. */
function usePrefilledCode(form: CustomerFormApi, suggestedCode: string | undefined) {
  const lastSuggestion = useRef('');
  useEffect(() => {
    if (!suggestedCode || suggestedCode === lastSuggestion.current) return;
    const current = form.getValues().code;
    if (current === '' || current === lastSuggestion.current) {
      form.setInitialValues({ ...form.getInitialValues(), code: suggestedCode });
      form.setFieldValue('code', suggestedCode);
    }
    lastSuggestion.current = suggestedCode;
    // `form` is a new object on every render; only a new suggestion matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suggestedCode]);
}
