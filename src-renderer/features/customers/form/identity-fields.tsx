import { Input, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { CustomerKind } from '../../../../src-shared/domain/customers/types';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';
import type { CustomerFormApi } from './use-customer-form';
import type { CustomerFormMode } from './validate-customer-form';

export function IdentityFields({ form, mode }: { form: CustomerFormApi; mode: CustomerFormMode }) {
  const t = useT();
  return (
    <SectionCard title={t('customer.section.identity')}>
      <Stack gap="sm">
        <TextInput label={t('customer.title')} withAsterisk maxLength={250} data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('customer.code')}
            description={mode === 'create' ? t('customer.codeHint') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk={mode === 'edit'}
            maxLength={32}
            autoComplete="off"
            {...form.getInputProps('code')}
          />
          <Input.Wrapper label={t('customer.kind')}>
            <SegmentedControl<CustomerKind>
              fullWidth
              value={form.values.kind}
              onChange={(kind) => form.setFieldValue('kind', kind)}
              data={[
                { value: 'company', label: t('customer.kind.company') },
                { value: 'person', label: t('customer.kind.person') },
              ]}
              aria-label={t('customer.kind')}
              data-testid="kind-input"
            />
          </Input.Wrapper>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('customer.taxId')}
            description={t('customer.taxIdHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            inputMode="numeric"
            autoComplete="off"
            maxLength={14}
            {...form.getInputProps('taxId')}
          />
          <TextInput label={t('customer.taxOffice')} maxLength={120} {...form.getInputProps('taxOffice')} />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
