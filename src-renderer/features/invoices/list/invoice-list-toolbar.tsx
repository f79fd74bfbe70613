import { Group, Select } from '@mantine/core';
import { INVOICE_STATUSES } from '../../../../src-shared/domain/invoices/schemas';
import type { InvoiceStatus } from '../../../../src-shared/domain/invoices/types';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { SearchBox } from '../../../components/search-box';
import { useT } from '../../../i18n/i18n-context';
import type { InvoiceListFilter, InvoiceSort } from '../query-keys';
import { DateFiltersButton } from './date-filters';

interface ToolbarProps {
  filter: InvoiceListFilter;
  onChange: (patch: Partial<InvoiceListFilter>) => void;
  onArrowDown: () => void;
}

const ANY = 'any';

export function InvoiceListToolbar({ filter, onChange, onArrowDown }: ToolbarProps) {
  const t = useT();
  return (
    <Group gap="sm" mb="sm" wrap="wrap" align="center">
      <SearchBox
        value={filter.search}
        onChange={(search) => onChange({ search })}
        onArrowDown={onArrowDown}
        placeholder={t('invoices.searchPlaceholder')}
        label={t('invoices.searchLabel')}
        testId="invoice-search"
      />
      <Select<InvoiceStatus | typeof ANY>
        value={filter.status ?? ANY}
        onChange={(status) => onChange({ status: status === ANY || status === null ? null : status })}
        data={[
          { value: ANY, label: t('invoices.filter.anyStatus') },
          ...INVOICE_STATUSES.map((status) => ({ value: status, label: t(`invoices.status.${status}`) })),
        ]}
        allowDeselect={false}
        aria-label={t('invoices.filter.status')}
        w={170}
        data-testid="status-filter"
      />
      <Select<Currency | typeof ANY>
        value={filter.currency ?? ANY}
        onChange={(currency) => onChange({ currency: currency === ANY || currency === null ? null : currency })}
        data={[
          { value: ANY, label: t('invoices.filter.anyCurrency') },
          ...CURRENCIES.map((code) => ({ value: code, label: code })),
        ]}
        allowDeselect={false}
        aria-label={t('invoices.filter.currency')}
        w={180}
        data-testid="currency-filter"
      />
      <DateFiltersButton filter={filter} onChange={onChange} />
      <Select<InvoiceSort>
        value={filter.sort}
        onChange={(sort) => sort && onChange({ sort })}
        data={[
          { value: 'issue_desc', label: t('invoices.sort.issue_desc') },
          { value: 'due_asc', label: t('invoices.sort.due_asc') },
          { value: 'amount_desc', label: t('invoices.sort.amount_desc') },
          { value: 'number', label: t('invoices.sort.number') },
        ]}
        allowDeselect={false}
        aria-label={t('invoices.sort.label')}
        w={170}
        data-testid="sort-select"
      />
    </Group>
  );
}
