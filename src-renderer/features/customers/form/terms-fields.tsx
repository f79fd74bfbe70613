import { Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { CURRENCIES, CURRENCY_SYMBOLS, type Currency } from '../../../../src-shared/money/currency';
import { MoneyInput } from '../../../components/money-input';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';
import type { CustomerFormApi } from './use-customer-form';

const CURRENCY_OPTIONS = CURRENCIES.map((code) => ({ value: code, label: `${code} (${CURRENCY_SYMBOLS[code]})` }));

export function TermsFields({ form }: { form: CustomerFormApi }) {
  const t = useT();
  return (
    <SectionCard title={t('customers.section.terms')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('customers.paymentTermsDays')}
            min={0}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            rightSection={
              <Text size="xs" c="dimmed">
                {t('customers.daysUnit')}
              </Text>
            }
            rightSectionWidth={44}
            {...form.getInputProps('paymentTermsDays')}
          />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <MoneyInput
              label={t('customers.creditLimit')}
              placeholder={t('customers.creditLimitNone')}
              style={{ flex: 1 }}
              {...form.getInputProps('creditLimit.amount')}
            />
            <Select<Currency>
              label={t('customers.currency')}
              data={CURRENCY_OPTIONS}
              allowDeselect={false}
              w={110}
              {...form.getInputProps('creditLimit.currency')}
            />
          </Group>
        </SimpleGrid>
        <TagsInput
          label={t('customers.tags')}
          placeholder={t('customers.tagsPlaceholder')}
          maxTags={20}
          clearable
          {...form.getInputProps('tags')}
        />
        <Textarea
          label={t('customers.notes')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={5000}
          {...form.getInputProps('notes')}
        />
      </Stack>
    </SectionCard>
  );
}
