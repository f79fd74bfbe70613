import { Link } from 'react-router';
import type { InvoiceListItem } from '../../../../src-shared/domain/invoices/types';
import { virtualTableClasses as base, type VirtualRowProps } from '../../../components/virtual-table/virtual-table';
import { useFormatters } from '../../../i18n/formatters';
import { InvoiceStatusBadge } from '../invoice-status-badge';
import classes from './invoice-table.module.css';

interface InvoiceRowProps {
  invoice: InvoiceListItem;
  rowProps: VirtualRowProps;
}

/** One invoice in the list: a link to its page, so click, Enter and middle-click all work. */
export function InvoiceRow({ invoice, rowProps }: InvoiceRowProps) {
  const format = useFormatters();
  const closed = invoice.openAmount === 0;
  return (
    <Link
      to={`/invoices/${invoice.id}`}
      {...rowProps}
      className={`${rowProps.className} ${closed ? classes.closed : ''}`}
      data-testid="invoice-row"
      data-invoice-id={invoice.id}
    >
      <div className={`${base.cell} ${classes.number}`}>{invoice.number}</div>
      <div className={`${base.cell} ${classes.customer}`} title={`${invoice.customerCode} · ${invoice.customerTitle}`}>
        <span className={`${base.mono} ${classes.customerCode}`}>{invoice.customerCode}</span>
        <span className={classes.customerTitle}>{invoice.customerTitle}</span>
      </div>
      <div className={`${base.cell} ${base.numeric} ${classes.colIssued}`}>{format.date(invoice.issueDate)}</div>
      <div className={`${base.cell} ${base.numeric} ${classes.colDue}`}>{format.date(invoice.dueDate)}</div>
      <div className={`${base.cell} ${base.numeric} ${classes.colTotal}`} data-testid="invoice-total">
        {format.money(invoice.total, invoice.currency)}
      </div>
      <div className={`${base.cell} ${base.numeric}`} data-testid="invoice-open">
        {format.money(invoice.openAmount, invoice.currency)}
      </div>
      <div className={`${base.cell} ${classes.status}`}>
        <InvoiceStatusBadge status={invoice.status} daysOverdue={invoice.daysOverdue} size="sm" />
      </div>
    </Link>
  );
}
