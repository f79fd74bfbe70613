import { Link } from 'react-router';
import type { PaymentBehaviourRow } from '../../../../src-shared/domain/reports/types';
import type { Currency } from '../../../../src-shared/money/currency';
import { VirtualTable, virtualTableClasses as base } from '../../../components/virtual-table/virtual-table';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { RiskBadge } from '../../customers/customer-badges';
import { overdueIn } from './behaviour-rows';
import aging from '../aging/aging-table.module.css';
import classes from './behaviour-table.module.css';

const ROW_HEIGHT = 44;

/** One row per customer (10,000 scroll like ten); a row opens the customer's card. */
export function BehaviourTable(props: { rows: PaymentBehaviourRow[]; currency: Currency; scrollKey: string }) {
  const t = useT();
  const format = useFormatters();
  const numeric = `${base.cell} ${base.numeric}`;
  return (
    <div style={{ display: 'flex', flex: 1, minHeight: 0 }} data-testid="behaviour-table">
      <VirtualTable
        rows={props.rows}
        rowKey={(row) => row.customerId}
        header={
          <>
            <div className={base.cell}>{t('reports.behaviour.customer')}</div>
            <div className={numeric}>{t('reports.behaviour.paidCount')}</div>
            <div className={numeric}>{t('reports.behaviour.avgDaysLate')}</div>
            <div className={numeric}>{t('reports.behaviour.shareLate')}</div>
            <div className={numeric}>{t('reports.behaviour.overdue', { currency: props.currency })}</div>
            <div className={base.cell}>{t('reports.behaviour.segment')}</div>
          </>
        }
        renderRow={(row, rowProps) => {
          const overdue = overdueIn(row, props.currency);
          return (
            <Link
              {...rowProps}
              to={`/customers/${row.customerId}`}
              className={rowProps.className}
              data-testid="behaviour-row"
              data-customer-id={row.customerId}
            >
              <div className={`${base.cell} ${aging.customer}`} title={row.customerTitle}>
                <span className={base.mono}>{row.customerCode}</span>
                <span className={aging.customerTitle}>{row.customerTitle}</span>
              </div>
              <div className={numeric} data-testid="behaviour-paid">
                {format.number(row.paidCount)}
              </div>
              <div className={numeric} data-testid="behaviour-late-days">
                {row.paidCount ? format.number(row.avgDaysLate) : '—'}
              </div>
              <div className={numeric} data-testid="behaviour-share-late">
                {row.paidCount ? format.percent(Math.round(row.shareLate * 1000) / 10) : '—'}
              </div>
              <div className={`${numeric} ${overdue ? aging.overdue : aging.zero}`} data-testid="behaviour-overdue">
                {format.money(overdue, props.currency)}
              </div>
              <div className={base.cell}>
                <RiskBadge segment={row.segment} />
              </div>
            </Link>
          );
        }}
        rowHeight={ROW_HEIGHT}
        hasMore={false}
        loadingMore={false}
        loadMoreFailed={false}
        onLoadMore={() => undefined}
        scrollKey={props.scrollKey}
        className={classes.table}
        label={t('reports.behaviour.title')}
        loadMoreError={t('reports.behaviour.loadError')}
        testId="behaviour-list"
      />
    </div>
  );
}
