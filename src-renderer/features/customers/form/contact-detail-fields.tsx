import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';
import type { CustomerFormApi } from './use-customer-form';

export function ContactDetailFields({ form }: { form: CustomerFormApi }) {
  const t = useT();
  return (
    <SectionCard title={t('customers.section.contact')}>
      <Stack gap="sm">
        <Textarea
          label={t('customers.address')}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={500}
          {...form.getInputProps('address')}
        />
        <TextInput label={t('customers.city')} maxLength={80} {...form.getInputProps('city')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('customers.phone')} type="tel" maxLength={40} {...form.getInputProps('phone')} />
          <TextInput label={t('customers.email')} type="email" maxLength={254} {...form.getInputProps('email')} />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
