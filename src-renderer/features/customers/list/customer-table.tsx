import type { Ref } from 'react';
import type { CustomerListItem } from '../../../../src-shared/domain/customers/types';
import {
  VirtualTable,
  virtualTableClasses as base,
  type VirtualTableHandle,
} from '../../../components/virtual-table/virtual-table';
import { useT } from '../../../i18n/i18n-context';
import { CustomerRow } from './customer-row';
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
  ref?: Ref<CustomerTableHandle>;
}

function Header() {
  const t = useT();
  return (
    <>
      <div className={base.cell}>{t('customer.codeShort')}</div>
      <div className={base.cell}>{t('customer.title')}</div>
      <div className={base.cell}>{t('customer.kind')}</div>
      <div className={base.cell} title={t('customers.risk.hint')}>
        {t('customers.risk.column')}
      </div>
      <div className={`${base.cell} ${classes.colTaxId}`}>{t('customer.taxIdShort')}</div>
      <div className={`${base.cell} ${classes.colCity}`}>{t('customer.city')}</div>
      <div className={`${base.cell} ${classes.colPhone}`}>{t('customer.phone')}</div>
      <div className={`${base.cell} ${classes.colEmail}`}>{t('customer.email')}</div>
    </>
  );
}

/** Every customer of the filter, 10,000 or more, scrolling like 10 (see VirtualTable). */
export function CustomerTable({ rows, ref, ...paging }: CustomerTableProps) {
  const t = useT();
  return (
    <VirtualTable
      ref={ref}
      rows={rows}
      rowKey={(customer) => customer.id}
      renderRow={(customer, rowProps) => <CustomerRow customer={customer} rowProps={rowProps} />}
      header={<Header />}
      rowHeight={ROW_HEIGHT}
      className={classes.table}
      label={t('customers.title')}
      loadMoreError={t('customers.loadMoreError')}
      testId="customer-list"
      {...paging}
    />
  );
}
