import type { Ref } from 'react';
import type { CustomerListItem } from '../../../../src-shared/domain/customers/types';
import {
  VirtualTable,
  virtualTableClasses as base,
  type VirtualTableHandle,
} from '../../../components/virtual-table/virtual-table';
import { useT } from '../../../i18n/i18n-context';
import type { Currency } from '../../../../src-shared/money/currency';
import type { CustomerSort } from '../query-keys';
import { CustomerRow } from './customer-row';
import { SortHeader } from './sort-header';
import classes from './customer-table.module.css';

const ROW_HEIGHT = 56;

export type CustomerTableHandle = VirtualTableHandle;

interface CustomerTableProps {
  rows: CustomerListItem[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  onLoadMore: () => void;
  /** Identifies the filter: scroll position is kept per filter. */
  scrollKey: string;
  sort: CustomerSort;
  currency: Currency | null;
  onSort: (sort: CustomerSort) => void;
  ref?: Ref<CustomerTableHandle>;
}

interface HeaderProps {
  sort: CustomerSort;
  currency: Currency | null;
  onSort: (sort: CustomerSort) => void;
}

function Header({ sort, currency, onSort }: HeaderProps) {
  const t = useT();
  const header = { current: sort, onSort };
  // Amounts of two currencies never compare: without a chosen currency, amount sorts use TRY, and say so.
  const amountTitle = (label: string) =>
    currency
      ? undefined
      : `${t('customers.sort.byHeader', { column: label })} · ${t('customers.sort.inCurrency', { currency: 'TRY' })}`;
  const balance = t('customers.figures.balance');
  const overdue = t('customers.figures.overdue');
  return (
    <>
      <SortHeader {...header} sort="code" label={t('customers.codeShort')} className={classes.colCode} />
      <SortHeader {...header} sort="title" label={t('customers.legalName')} />
      <div className={`${base.cell} ${classes.colKind}`}>{t('customers.kind')}</div>
      <div className={`${base.cell} ${classes.colRisk}`} title={t('customers.risk.hint')}>
        {t('customers.risk.column')}
      </div>
      <SortHeader
        {...header}
        sort="balance"
        label={balance}
        title={amountTitle(balance)}
        className={classes.colBalance}
        numeric
      />
      <SortHeader
        {...header}
        sort="overdue"
        label={overdue}
        title={amountTitle(overdue)}
        className={classes.colOverdue}
        numeric
      />
      <SortHeader
        {...header}
        sort="oldest_overdue"
        label={t('customers.figures.oldestOverdue')}
        className={classes.colOldest}
        numeric
      />
      <SortHeader
        {...header}
        sort="next_expected"
        label={t('customers.figures.nextExpected')}
        className={classes.colNext}
        numeric
      />
      <div className={`${base.cell} ${classes.colTaxId}`}>{t('customers.taxIdShort')}</div>
      <div className={`${base.cell} ${classes.colCity}`}>{t('customers.city')}</div>
      <div className={`${base.cell} ${classes.colPhone}`}>{t('customers.phone')}</div>
      <div className={`${base.cell} ${classes.colEmail}`}>{t('customers.email')}</div>
    </>
  );
}

/** Every customer of the filter, 10,000 or more, scrolling like 10 (see VirtualTable). */
export function CustomerTable({ rows, ref, sort, currency, onSort, ...paging }: CustomerTableProps) {
  const t = useT();
  return (
    <VirtualTable
      ref={ref}
      rows={rows}
      rowKey={(customer) => customer.id}
      renderRow={(customer, rowProps) => <CustomerRow customer={customer} rowProps={rowProps} />}
      header={<Header sort={sort} currency={currency} onSort={onSort} />}
      interactiveHeader
      rowHeight={ROW_HEIGHT}
      className={classes.table}
      label={t('customers.title')}
      loadMoreError={t('customers.loadMoreError')}
      testId="customer-list"
      {...paging}
    />
  );
}
