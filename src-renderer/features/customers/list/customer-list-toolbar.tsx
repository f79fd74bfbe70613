import { Group, SegmentedControl, Select } from '@mantine/core';
import { CUSTOMER_SORTS } from '../../../../src-shared/domain/customers/schemas';
import type { CustomerKind } from '../../../../src-shared/domain/customers/types';
import { MOD_KEY } from '../../../app/mod-key';
import { SearchBox } from '../../../components/search-box';
import { useT } from '../../../i18n/i18n-context';
import type { RiskSegment } from '../../../../src-shared/domain/reports/types';
import type { CustomerListFilter, CustomerSort, CustomerStatus } from '../query-keys';
import { CustomerFigureFilters } from './customer-figure-filters';
import { RISK_SEGMENTS, SORT_LABELS } from './use-list-filter';

interface ToolbarProps {
  filter: CustomerListFilter;
  onChange: (patch: Partial<CustomerListFilter>) => void;
  onArrowDown: () => void;
}

type KindChoice = CustomerKind | 'any';

export function CustomerListToolbar({ filter, onChange, onArrowDown }: ToolbarProps) {
  const t = useT();
  return (
    <Group gap="sm" mb="md" wrap="wrap" align="center">
      <SearchBox
        value={filter.search}
        onChange={(search) => onChange({ search })}
        onArrowDown={onArrowDown}
        placeholder={t('customers.searchPlaceholder')}
        label={t('customers.searchLabel')}
        testId="customer-search"
        shortcut={`${MOD_KEY} K`}
      />
      <SegmentedControl<CustomerStatus>
        value={filter.status}
        onChange={(status) => onChange({ status })}
        data={[
          { value: 'active', label: t('customers.filter.active') },
          { value: 'archived', label: t('customers.filter.archived') },
          { value: 'all', label: t('customers.filter.all') },
        ]}
        aria-label={t('customers.filter.status')}
        data-testid="status-filter"
      />
      <Select<KindChoice>
        value={filter.kind ?? 'any'}
        onChange={(kind) => onChange({ kind: kind === 'any' || kind === null ? null : kind })}
        data={[
          { value: 'any', label: t('customers.filter.anyKind') },
          { value: 'company', label: t('customers.kind.company') },
          { value: 'person', label: t('customers.kind.person') },
        ]}
        allowDeselect={false}
        aria-label={t('customers.filter.kind')}
        w={150}
        data-testid="kind-filter"
      />
      <Select<RiskSegment | 'any'>
        value={filter.risk ?? 'any'}
        onChange={(risk) => onChange({ risk: risk === 'any' || risk === null ? null : risk })}
        data={[
          { value: 'any', label: t('customers.risk.any') },
          ...RISK_SEGMENTS.map((segment) => ({ value: segment, label: t(`customers.risk.${segment}`) })),
        ]}
        allowDeselect={false}
        aria-label={t('customers.risk.filter')}
        w={190}
        data-testid="risk-filter"
      />
      <Select<CustomerSort>
        value={filter.sort}
        onChange={(sort) => sort && onChange({ sort })}
        data={CUSTOMER_SORTS.map((sort) => ({ value: sort, label: t(SORT_LABELS[sort]) }))}
        allowDeselect={false}
        aria-label={t('customers.sort.label')}
        w={200}
        data-testid="sort-select"
      />
      <CustomerFigureFilters filter={filter} onChange={onChange} />
    </Group>
  );
}
