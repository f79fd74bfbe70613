import { SegmentedControl, Stack, Text } from '@mantine/core';
import { CURRENCY_SYMBOLS } from '../../../../src-shared/money/currency';
import { MoneyInput } from '../../../components/money-input';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';
import type { FormTotals } from './form-amounts';
import type { InvoiceEntryMode } from './invoice-form-values';
import { InvoiceTotals } from './invoice-totals';
import { LinesEditor } from './lines-editor';
import type { InvoiceFormApi } from './use-invoice-form';

/** Lines with KDV computed here, or — for an invoice made elsewhere — only its grand total. */
export function InvoiceAmountFields({ form, totals }: { form: InvoiceFormApi; totals: FormTotals }) {
  const t = useT();
  const { mode, currency } = form.values;
  return (
    <SectionCard
      title={t('invoices.section.amounts')}
      actions={
        <SegmentedControl<InvoiceEntryMode>
          size="xs"
          value={mode}
          onChange={(next) => form.setFieldValue('mode', next)}
          data={[
            { value: 'lines', label: t('invoices.mode.lines') },
            { value: 'total', label: t('invoices.mode.total') },
          ]}
          aria-label={t('invoices.mode.label')}
          data-testid="invoice-mode"
        />
      }
      testId="invoice-amounts"
    >
      {mode === 'lines' ? (
        <>
          <LinesEditor form={form} currency={currency} />
          <InvoiceTotals totals={totals} currency={currency} />
        </>
      ) : (
        <Stack gap="xs" maw={360}>
          <MoneyInput
            label={t('invoices.singleTotal')}
            withAsterisk
            rightSection={
              <Text size="xs" c="dimmed">
                {CURRENCY_SYMBOLS[currency]}
              </Text>
            }
            {...form.getInputProps('total')}
          />
          <Text size="xs" c="dimmed">
            {t('invoices.singleTotalHint')}
          </Text>
        </Stack>
      )}
    </SectionCard>
  );
}
