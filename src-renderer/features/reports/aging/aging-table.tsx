import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { AgingFigures, AgingRow } from '../../../../src-shared/domain/reports/types';
import type { Currency } from '../../../../src-shared/money/currency';
import { VirtualTable, virtualTableClasses as base } from '../../../components/virtual-table/virtual-table';
import { formatAmount } from '../../../../src-shared/money/format';
import { useI18n } from '../../../i18n/i18n-context';
import { agingLabels } from '../../customers/card/ledger/aging-labels';
import { AgingAmountLink } from './aging-amount-link';
import { overdueOf } from './aging-rows';
import classes from './aging-table.module.css';

const ROW_HEIGHT = 44;

interface AgingTableProps {
  rows: AgingRow[];
  totals: AgingFigures;
  asOf: string;
  bounds: number[];
  scrollKey: string;
}

interface FiguresProps {
  figures: AgingFigures;
  asOf: string;
  bounds: number[];
  labels: string[];
  showCredit: boolean;
  customerId?: number;
}

/** The amounts of one row (a customer's or the totals): buckets, overdue, credit, balance. */
function Figures({ figures, asOf, bounds, labels, showCredit, customerId }: FiguresProps) {
  const { t, language } = useI18n();
  const currency = figures.currency as Currency;
  const link = { currency, asOf, bounds, customerId };
  return (
    <>
      {figures.buckets.map((amount, bucket) => (
        <AgingAmountLink key={labels[bucket]} amount={amount} scope={{ bucket }} label={labels[bucket]!} {...link} />
      ))}
      <AgingAmountLink
        amount={overdueOf(figures)}
        scope="overdue"
        label={t('reports.aging.overdue')}
        className={classes.overdue}
        {...link}
      />
      {showCredit && (
        <div className={`${base.cell} ${base.numeric} ${figures.credit ? '' : classes.zero}`} data-testid="aging-credit">
          {figures.credit ? `−${formatAmount(figures.credit, language)}` : formatAmount(0, language)}
        </div>
      )}
      <div className={`${base.cell} ${base.numeric} ${classes.balance}`} data-testid="aging-balance">
        {formatAmount(figures.balance, language)}
      </div>
    </>
  );
}

/** One row per customer of one currency (10,000 scroll like ten) and the totals row under them. */
export function AgingTable({ rows, totals, asOf, bounds, scrollKey }: AgingTableProps) {
  const { t } = useI18n();
  const labels = agingLabels(bounds, t);
  // The credit column only when someone has paid ahead: it is rare and the table is wide.
  const showCredit = totals.credit > 0;
  const style = { '--buckets': bounds.length + 2, '--credit-col': showCredit ? 'minmax(96px, 1fr)' : '' } as CSSProperties;
  const figures = { asOf, bounds, labels, showCredit };
  return (
    <div style={{ ...style, display: 'flex', flex: 1, minHeight: 0 }} data-testid="aging-table">
      <VirtualTable
        rows={rows}
        rowKey={(row) => row.customerId}
        header={
          <>
            <div className={base.cell}>{t('reports.aging.customerIn', { currency: totals.currency })}</div>
            {labels.map((label) => (
              <div key={label} className={`${base.cell} ${base.numeric}`}>
                {label}
              </div>
            ))}
            <div className={`${base.cell} ${base.numeric}`}>{t('reports.aging.overdue')}</div>
            {showCredit && <div className={`${base.cell} ${base.numeric}`}>{t('reports.aging.credit')}</div>}
            <div className={`${base.cell} ${base.numeric}`}>{t('reports.aging.balance')}</div>
          </>
        }
        footer={
          <>
            <div className={base.cell}>{t('reports.aging.total')}</div>
            <Figures figures={totals} {...figures} />
          </>
        }
        renderRow={(row, rowProps) => (
          <div
            {...rowProps}
            className={`${rowProps.className} ${classes.row}`}
            tabIndex={0}
            data-testid="aging-row"
            data-customer-id={row.customerId}
          >
            <Link to={`/customers/${row.customerId}`} className={`${base.cell} ${classes.customer}`} title={row.customerTitle}>
              <span className={base.mono}>{row.customerCode}</span>
              <span className={classes.customerTitle} data-testid="aging-customer">
                {row.customerTitle}
              </span>
            </Link>
            <Figures figures={row} customerId={row.customerId} {...figures} />
          </div>
        )}
        rowHeight={ROW_HEIGHT}
        hasMore={false}
        loadingMore={false}
        loadMoreFailed={false}
        onLoadMore={() => undefined}
        scrollKey={scrollKey}
        className={classes.table}
        label={t('reports.aging.title')}
        loadMoreError={t('reports.aging.loadError')}
        testId="aging-list"
      />
    </div>
  );
}
