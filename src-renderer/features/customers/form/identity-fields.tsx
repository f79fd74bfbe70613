import { Input, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { CustomerKind } from '../../../../src-shared/domain/customers/types';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';
import type { CustomerFormApi } from './use-customer-form';
import type { CustomerFormMode } from './validate-customer-form';

export function IdentityFields({ form, mode }: { form: CustomerFormApi; mode: CustomerFormMode }) {
  const t = useT();
  return (
    <SectionCard title={t('customers.section.identity')}>
      <Stack gap="sm">
        <TextInput label={t('customers.legalName')} withAsterisk maxLength={250} data-autofocus {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('customers.code')}
            description={mode === 'create' ? t('customers.codeHint') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk={mode === 'edit'}
            maxLength={32}
            autoComplete="off"
            {...form.getInputProps('code')}
          />
          <Input.Wrapper label={t('customers.kind')}>
            <SegmentedControl<CustomerKind>
              fullWidth
              value={form.values.kind}
              onChange={(kind) => form.setFieldValue('kind', kind)}
              data={[
                { value: 'company', label: t('customers.kind.company') },
                { value: 'person', label: t('customers.kind.person') },
              ]}
              aria-label={t('customers.kind')}
              data-testid="kind-input"
            />
          </Input.Wrapper>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('customers.taxId')}
            description={t('customers.taxIdHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            inputMode="numeric"
            autoComplete="off"
            maxLength={14}
            {...form.getInputProps('taxId')}
          />
          <TextInput label={t('customers.taxOffice')} maxLength={120} {...form.getInputProps('taxOffice')} />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
