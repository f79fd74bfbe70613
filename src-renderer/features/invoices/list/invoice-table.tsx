import type { Ref } from 'react';
import type { InvoiceListItem } from '../../../../src-shared/domain/invoices/types';
import {
  VirtualTable,
  virtualTableClasses as base,
  type VirtualTableHandle,
} from '../../../components/virtual-table/virtual-table';
import { useT } from '../../../i18n/i18n-context';
import { InvoiceRow } from './invoice-row';
import classes from './invoice-table.module.css';

const ROW_HEIGHT = 46;

interface InvoiceTableProps {
  rows: InvoiceListItem[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  onLoadMore: () => void;
  scrollKey: string;
  ref?: Ref<VirtualTableHandle>;
}

function Header() {
  const t = useT();
  return (
    <>
      <div className={base.cell}>{t('invoices.number')}</div>
      <div className={base.cell}>{t('invoices.customer')}</div>
      <div className={`${base.cell} ${base.numeric} ${classes.colIssued}`}>{t('invoices.issueDate')}</div>
      <div className={`${base.cell} ${base.numeric} ${classes.colDue}`}>{t('invoices.dueDate')}</div>
      <div className={`${base.cell} ${base.numeric} ${classes.colTotal}`}>{t('invoices.total')}</div>
      <div className={`${base.cell} ${base.numeric}`}>{t('invoices.open')}</div>
      <div className={`${base.cell} ${base.numeric}`}>{t('invoices.statusLabel')}</div>
    </>
  );
}

/** Every invoice of the filter, a million or more, scrolling like ten (see VirtualTable). */
export function InvoiceTable({ rows, ref, ...paging }: InvoiceTableProps) {
  const t = useT();
  return (
    <VirtualTable
      ref={ref}
      rows={rows}
      rowKey={(invoice) => invoice.id}
      renderRow={(invoice, rowProps) => <InvoiceRow invoice={invoice} rowProps={rowProps} />}
      header={<Header />}
      rowHeight={ROW_HEIGHT}
      className={classes.table}
      label={t('invoices.title')}
      loadMoreError={t('invoices.loadMoreError')}
      testId="invoice-list"
      {...paging}
    />
  );
}
