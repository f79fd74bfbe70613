import { Checkbox, Group, MultiSelect, Select } from '@mantine/core';
import { BATCH_BALANCES, RISK_SEGMENTS, type BatchFilter } from '../../../src-shared/domain/statements/schemas';
import { CURRENCIES, type Currency } from '../../../src-shared/money/currency';
import { useT } from '../../i18n/i18n-context';

interface Props {
  value: BatchFilter;
  onChange: (filter: BatchFilter) => void;
}

/** Which customers a batch covers: balance, overdue, risk segment, currency. */
export function BatchFilterFields({ value, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<BatchFilter>) => onChange({ ...value, ...patch });
  return (
    <Group gap="md" align="flex-end">
      <Select<BatchFilter['balance']>
        label={t('statements.filter.balance')}
        data={BATCH_BALANCES.map((b) => ({ value: b, label: t(`statements.filter.balance.${b}`) }))}
        value={value.balance}
        onChange={(balance) => balance && set({ balance })}
        allowDeselect={false}
        w={220}
        data-testid="filter-balance"
      />
      <MultiSelect
        label={t('statements.filter.segments')}
        placeholder={value.segments?.length ? undefined : t('statements.filter.allSegments')}
        data={RISK_SEGMENTS.map((s) => ({ value: s, label: t('statements.filter.segment', { segment: s }) }))}
        value={value.segments ?? []}
        onChange={(segments) => set({ segments: segments.length ? (segments as BatchFilter['segments']) : undefined })}
        w={240}
        clearable
      />
      <Select<Currency>
        label={t('statements.filter.currency')}
        placeholder={t('statements.filter.allCurrencies')}
        data={[...CURRENCIES]}
        value={value.currency ?? null}
        onChange={(currency) => set({ currency: currency ?? undefined })}
        clearable
        w={150}
      />
      <Checkbox
        label={t('statements.filter.overdueOnly')}
        checked={value.overdueOnly}
        onChange={(event) => set({ overdueOnly: event.currentTarget.checked })}
        mb={8}
        data-testid="filter-overdue"
      />
    </Group>
  );
}
