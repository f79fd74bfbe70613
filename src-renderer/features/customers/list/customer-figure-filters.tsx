import { Chip, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { MoneyInput } from '../../../components/money-input';
import { useT } from '../../../i18n/i18n-context';
import type { CustomerListFilter } from '../query-keys';

const APPLY_AFTER_MS = 400;

interface FigureFiltersProps {
  filter: CustomerListFilter;
  onChange: (patch: Partial<CustomerListFilter>) => void;
}

/** "Balance above": applied after a short pause once the text is an amount; anything else says what is wrong. */
function MinBalanceInput({ filter, onChange }: FigureFiltersProps) {
  const t = useT();
  const [value, setValue] = useState<number | null>(filter.minBalance);
  const [debounced] = useDebouncedValue(value, APPLY_AFTER_MS);
  useEffect(() => {
    if (debounced === null || Number.isFinite(debounced)) {
      const next = debounced === null ? null : Math.floor(debounced / 100) * 100;
      if (next !== filter.minBalance) onChange({ minBalance: next });
    }
    // Only a new typed amount applies; the filter catching up must not loop back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  // Cleared elsewhere ("clear filters"): the box follows.
  const [seen, setSeen] = useState(filter.minBalance);
  if (filter.minBalance !== seen) {
    setSeen(filter.minBalance);
    if (filter.minBalance !== debounced) setValue(filter.minBalance);
  }
  const currency = filter.currency ?? 'TRY';
  return (
    <MoneyInput
      value={value}
      onChange={setValue}
      placeholder={t('customers.filter.minBalance')}
      aria-label={t('customers.filter.minBalanceHint', { currency })}
      title={t('customers.filter.minBalanceHint', { currency })}
      error={value !== null && !Number.isFinite(value) ? t('customers.filter.minBalanceInvalid') : undefined}
      rightSection={currency}
      rightSectionWidth={44}
      w={170}
      data-testid="min-balance-filter"
    />
  );
}

/** The list's filters on what customers owe: currency, overdue only, balance above. */
export function CustomerFigureFilters({ filter, onChange }: FigureFiltersProps) {
  const t = useT();
  return (
    <>
      <Select<Currency | 'any'>
        value={filter.currency ?? 'any'}
        onChange={(currency) => onChange({ currency: currency === 'any' || currency === null ? null : currency })}
        data={[{ value: 'any', label: t('customers.filter.anyCurrency') }, ...CURRENCIES.map((c) => ({ value: c, label: c }))]}
        allowDeselect={false}
        aria-label={t('customers.filter.currency')}
        w={170}
        data-testid="currency-filter"
      />
      <Chip
        checked={filter.overdueOnly}
        onChange={(overdueOnly) => onChange({ overdueOnly })}
        color="red"
        variant="light"
        wrapperProps={{ 'data-testid': 'overdue-filter' }}
      >
        {t('customers.filter.overdueOnly')}
      </Chip>
      <MinBalanceInput filter={filter} onChange={onChange} />
    </>
  );
}
