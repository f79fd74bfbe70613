import { Select, type SelectProps } from '@mantine/core';
import type { Currency } from '../../src-shared/money/currency';
import { CURRENCY_OPTIONS } from '../features/invoices/form/invoice-details-fields';
import { useT } from '../i18n/i18n-context';

/** The currency of an amount to be entered: one of the four, never empty. */
export function CurrencySelect(props: Omit<SelectProps<Currency>, 'data'>) {
  const t = useT();
  return <Select<Currency> label={t('invoices.currency')} data={CURRENCY_OPTIONS} allowDeselect={false} {...props} />;
}
