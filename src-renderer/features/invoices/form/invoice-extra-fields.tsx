import { Stack, Textarea, TextInput } from '@mantine/core';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';
import type { InvoiceFormApi } from './use-invoice-form';

/** The e-invoice's ETTN (UUID) and free notes. */
export function InvoiceExtraFields({ form }: { form: InvoiceFormApi }) {
  const t = useT();
  return (
    <SectionCard title={t('invoices.section.extra')}>
      <Stack gap="sm">
        <TextInput
          label={t('invoices.ettn')}
          description={t('invoices.ettnHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder="3f2a8c1e-…"
          maxLength={36}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('ettn')}
        />
        <Textarea label={t('invoices.notes')} autosize minRows={2} maxRows={8} maxLength={2000} {...form.getInputProps('notes')} />
      </Stack>
    </SectionCard>
  );
}
