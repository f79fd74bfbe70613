import { Divider, Group, Stack, Text } from '@mantine/core';
import type { Currency } from '../../../../src-shared/money/currency';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import type { FormTotals } from './form-amounts';

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <Group justify="space-between" gap="xl" wrap="nowrap">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : 400} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text
        size={strong ? 'md' : 'sm'}
        fw={strong ? 700 : 500}
        style={{ fontVariantNumeric: 'tabular-nums' }}
        data-testid={testId}
      >
        {value}
      </Text>
    </Group>
  );
}

/** Net, KDV per rate and the grand total of the lines, as they are typed. */
export function InvoiceTotals({ totals, currency }: { totals: FormTotals; currency: Currency }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, currency);
  return (
    <Stack gap={6} w={320} ml="auto" mt="md" data-testid="invoice-totals">
      <Row label={t('invoices.net')} value={money(totals.net)} testId="invoice-net" />
      {totals.vatByRate.length > 1 &&
        totals.vatByRate.map(({ rate, vat }) => (
          <Row key={rate} label={t('invoices.vatAtRate', { rate: format.percent(rate) })} value={money(vat)} />
        ))}
      <Row label={t('invoices.vat')} value={money(totals.vat)} testId="invoice-vat" />
      <Divider />
      <Row label={t('invoices.grandTotal')} value={money(totals.total)} strong testId="invoice-grand-total" />
      {!totals.complete && (
        <Text size="xs" c="dimmed" ta="right">
          {t('invoices.totalsIncomplete')}
        </Text>
      )}
    </Stack>
  );
}
