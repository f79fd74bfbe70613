import { Input, SegmentedControl, Stack } from '@mantine/core';
import type { Currency } from '../../../src-shared/money/currency';
import { useT } from '../../i18n/i18n-context';

/** The currency to show: the chosen one if the report has it, else TRY, else the first. */
export const pickCurrency = (available: readonly Currency[], chosen: Currency | null): Currency | null => {
  if (chosen && available.includes(chosen)) return chosen;
  return available.includes('TRY') ? 'TRY' : (available[0] ?? null);
};

/** One currency at a time: a report never adds amounts across currencies. Hidden when there is only one. */
export function CurrencySwitch(props: {
  currencies: Currency[];
  value: Currency | null;
  onChange: (currency: Currency) => void;
}) {
  const t = useT();
  if (props.currencies.length < 2 || !props.value) return null;
  return (
    <Stack gap={4}>
      <Input.Label>{t('reports.export.currency')}</Input.Label>
      <SegmentedControl
        value={props.value}
        onChange={(value) => props.onChange(value as Currency)}
        data={props.currencies}
        aria-label={t('reports.export.currency')}
        data-testid="report-currency"
      />
    </Stack>
  );
}
