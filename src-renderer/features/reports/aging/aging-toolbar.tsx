import { Button, Group, Input, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { isBusinessDate, todayLocal } from '../../../../src-shared/dates/business-date';
import { DEFAULT_AGING_BOUNDS } from '../../../../src-shared/domain/reports/schemas';
import type { Currency } from '../../../../src-shared/money/currency';
import { DateInput } from '../../../components/date-input';
import { useT } from '../../../i18n/i18n-context';
import { AGING_SORTS, isDefaultBounds, parseBounds, type AgingFilter } from './use-aging-filter';

interface AgingToolbarProps {
  filter: AgingFilter;
  onChange: (patch: Partial<AgingFilter>) => void;
  /** The currencies the report has; one is shown at a time (amounts are never added across currencies). */
  currencies: Currency[];
  currency: Currency | null;
}

/** The day: typed text is applied once it is a day; today is kept out of the address (it moves). */
function AsOfInput({ filter, onChange }: Pick<AgingToolbarProps, 'filter' | 'onChange'>) {
  const t = useT();
  const today = todayLocal();
  const [draft, setDraft] = useState(filter.asOf || today);
  const invalid = draft !== '' && !isBusinessDate(draft);
  return (
    <DateInput
      label={t('reports.aging.asOf')}
      value={draft}
      onChange={(day) => {
        setDraft(day);
        if (day === '' || isBusinessDate(day)) onChange({ asOf: day === today ? '' : day });
      }}
      error={invalid ? t('validation.dateFormat') : undefined}
      w={170}
      data-testid="aging-as-of"
    />
  );
}

/** The bucket bounds as "30, 60, 90, 120": applied on Enter or on leaving the field, refused when not ascending. */
function BoundsInput({ filter, onChange }: Pick<AgingToolbarProps, 'filter' | 'onChange'>) {
  const t = useT();
  const [text, setText] = useState(filter.bounds.join(', '));
  const [error, setError] = useState(false);
  const apply = (value: string) => {
    const bounds = parseBounds(value);
    setError(bounds === null);
    if (bounds) {
      setText(bounds.join(', '));
      onChange({ bounds });
    }
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={t('reports.aging.bounds')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={(event) => apply(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && apply(event.currentTarget.value)}
        error={error ? t('reports.aging.boundsInvalid') : undefined}
        placeholder={t('reports.aging.boundsHint')}
        w={210}
        data-testid="aging-bounds"
      />
      {!isDefaultBounds(filter.bounds) && (
        <Button
          variant="subtle"
          color="gray"
          mb={error ? 22 : 0}
          onClick={() => {
            setError(false);
            setText(DEFAULT_AGING_BOUNDS.join(', '));
            onChange({ bounds: [...DEFAULT_AGING_BOUNDS] });
          }}
        >
          {t('reports.aging.resetBounds')}
        </Button>
      )}
    </Group>
  );
}

export function AgingToolbar({ filter, onChange, currencies, currency }: AgingToolbarProps) {
  const t = useT();
  return (
    <Group gap="md" mb="md" align="flex-start" wrap="wrap">
      <AsOfInput filter={filter} onChange={onChange} />
      <BoundsInput filter={filter} onChange={onChange} />
      {currencies.length > 0 && currency && (
        <Stack gap={4}>
          <Input.Label>{t('reports.aging.currency')}</Input.Label>
          <SegmentedControl
            value={currency}
            onChange={(value) => onChange({ currency: value as Currency })}
            data={currencies}
            aria-label={t('reports.aging.currency')}
            data-testid="aging-currency"
          />
        </Stack>
      )}
      <Select
        label={t('reports.aging.sort')}
        value={filter.sort}
        onChange={(sort) => sort && onChange({ sort: sort as AgingFilter['sort'] })}
        data={AGING_SORTS.map((sort) => ({ value: sort, label: t(`reports.aging.sort.${sort}`) }))}
        allowDeselect={false}
        w={190}
        data-testid="aging-sort"
      />
    </Group>
  );
}
