import { Link } from 'react-router';
import { bucketDueRange, type DueRange } from '../../../../src-shared/domain/reports/aging-buckets';
import { addDays } from '../../../../src-shared/dates/business-date';
import type { Currency } from '../../../../src-shared/money/currency';
import { virtualTableClasses as base } from '../../../components/virtual-table/virtual-table';
import { formatAmount } from '../../../../src-shared/money/format';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { invoiceListPath } from '../../invoices/list/use-invoice-filter';
import classes from './aging-table.module.css';

/** Which invoices an amount stands for: one bucket, or everything overdue (all buckets after "not due"). */
export type AmountScope = { bucket: number } | 'overdue';

interface AgingAmountLinkProps {
  amount: number;
  currency: Currency;
  asOf: string;
  bounds: number[];
  scope: AmountScope;
  /** Whose invoices: one customer, or everyone (the totals row). */
  customerId?: number;
  /** The column's name, for screen readers and the tooltip. */
  label: string;
  className?: string;
}

const rangeOf = (asOf: string, bounds: number[], scope: AmountScope): DueRange =>
  scope === 'overdue' ? { dueTo: addDays(asOf, -1) } : bucketDueRange(asOf, bounds, scope.bucket);

/** The invoice list showing exactly the open invoices behind an aging amount (as of the report's day). */
export const agingInvoicesPath = (asOf: string, bounds: number[], scope: AmountScope, currency: Currency, customerId?: number) =>
  invoiceListPath({
    customerId: customerId ?? null,
    currency,
    openOn: asOf,
    dueFrom: '',
    dueTo: '',
    ...rangeOf(asOf, bounds, scope),
    sort: 'due_asc',
  });

/** An amount of the aging table; a non-zero one opens the invoices behind it. */
export function AgingAmountLink({
  amount,
  currency,
  asOf,
  bounds,
  scope,
  customerId,
  label,
  className = '',
}: AgingAmountLinkProps) {
  const { t, language } = useI18n();
  const format = useFormatters();
  // The table shows one currency (named in its header): bare amounts keep the many columns narrow.
  const shown = formatAmount(amount, language);
  const cell = `${base.cell} ${base.numeric} ${className}`;
  if (amount === 0) {
    return (
      <div className={`${cell} ${classes.zero}`} data-testid="aging-cell" data-amount={0}>
        {shown}
      </div>
    );
  }
  return (
    <div className={cell}>
      <Link
        to={agingInvoicesPath(asOf, bounds, scope, currency, customerId)}
        className={classes.amount}
        title={t('reports.aging.openBucket', { bucket: label })}
        aria-label={`${t('reports.aging.openBucket', { bucket: label })}: ${format.money(amount, currency)}`}
        data-testid="aging-cell"
        data-amount={amount}
      >
        {shown}
      </Link>
    </div>
  );
}
