import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { CompanyProfile } from '../../../src-shared/domain/company-profile/schemas';
import { FormAlerts } from '../../forms/form-alerts';
import { useFormSave } from '../../forms/use-form-save';
import { useT } from '../../i18n/i18n-context';
import { BankAccountsEditor } from './bank-accounts-editor';
import { companyFormValues } from './company-form-values';
import { LogoField } from './logo-field';
import { useSaveCompanyProfile } from './queries';
import { companyPathOf, useCompanyForm, type CompanyFormApi } from './use-company-form';

interface CompanyProfileFormProps {
  profile: CompanyProfile;
  /** The first-run step: identity, address, logo and bank accounts only (the rest waits in Settings). */
  essentials?: boolean;
  onSaved?: (saved: CompanyProfile) => void;
}

/** The company as statements and letters show it: identity, contact, logo, bank accounts, wording. */
export function CompanyProfileForm({ profile, essentials = false, onSaved }: CompanyProfileFormProps) {
  const t = useT();
  const save = useSaveCompanyProfile();
  const { form, noteSubmitted } = useCompanyForm(companyFormValues(profile));
  const { root, submit, failure, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: (values) => save.mutateAsync(values),
    pathOf: companyPathOf,
    onSaved: (saved) => {
      form.setInitialValues(companyFormValues(saved));
      form.setValues(companyFormValues(saved));
      notifications.show({ color: 'teal', title: t('common.saved'), message: t('company.saved') });
      onSaved?.(saved);
    },
  });
  const field = (name: 'title' | 'taxId' | 'taxOffice' | 'address' | 'phone' | 'email' | 'website') => form.getInputProps(name);

  return (
    <form ref={root} onSubmit={submit} noValidate data-testid="company-form">
      <FormAlerts general={failure.general} hasFieldErrors={hasFieldErrors} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('company.title')} withAsterisk maxLength={250} {...field('title')} />
          <Group gap="sm" grow align="flex-start">
            <TextInput label={t('company.taxId')} withAsterisk maxLength={14} inputMode="numeric" {...field('taxId')} />
            <TextInput label={t('company.taxOffice')} maxLength={120} {...field('taxOffice')} />
          </Group>
        </SimpleGrid>
        <Textarea label={t('company.address')} autosize minRows={2} maxLength={500} {...field('address')} />
        {!essentials && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label={t('company.phone')} type="tel" maxLength={40} {...field('phone')} />
            <TextInput label={t('company.email')} type="email" maxLength={254} {...field('email')} />
            <TextInput label={t('company.website')} maxLength={200} {...field('website')} />
          </SimpleGrid>
        )}
        <LogoField form={form} />
        <BankAccountsEditor form={form} />
        {!essentials && <WordingFields form={form} />}
        <Group justify="flex-end" gap="sm">
          {!essentials && (
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting} leftSection={<IconDeviceFloppy size={16} />} data-testid="save-company">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What documents say besides who the company is: signature line, statement note, reconciliation text. */
function WordingFields({ form }: { form: CompanyFormApi }) {
  const t = useT();
  return (
    <>
      <TextInput
        label={t('company.signatureText')}
        description={t('company.signatureHint')}
        maxLength={300}
        {...form.getInputProps('signatureText')}
      />
      <Textarea
        label={t('company.statementNote')}
        autosize
        minRows={2}
        maxLength={1000}
        {...form.getInputProps('statementNote')}
      />
      <Textarea
        label={t('company.reconciliationText')}
        description={t('company.reconciliationHint')}
        placeholder={t('reconciliation.ttk')}
        autosize
        minRows={3}
        maxLength={2000}
        {...form.getInputProps('reconciliationText')}
      />
    </>
  );
}
