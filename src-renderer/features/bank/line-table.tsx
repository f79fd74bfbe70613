import { Text } from '@mantine/core';
import type { BankLine } from '../../../src-shared/domain/bank/types';
import { VirtualTable, virtualTableClasses as base } from '../../components/virtual-table/virtual-table';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import classes from './line-table.module.css';
import { ConfidenceBadge, ReasonList } from './match-reasons';

const ROW_HEIGHT = 58;

interface LineTableProps {
  rows: BankLine[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  onLoadMore: () => void;
  scrollKey: string;
  onOpen: (line: BankLine) => void;
}

function Header() {
  const t = useT();
  return (
    <>
      <div className={base.cell}>{t('bank.col.date')}</div>
      <div className={base.cell}>{t('bank.col.sender')}</div>
      <div className={`${base.cell} ${base.numeric}`}>{t('bank.col.amount')}</div>
      <div className={base.cell}>{t('bank.col.match')}</div>
      <div className={`${base.cell} ${base.numeric}`}>{t('bank.col.confidence')}</div>
    </>
  );
}

/** Statement lines, any number of them, rendered only on screen; a click or Enter opens the line's review. */
export function LineTable({ rows, onOpen, ...paging }: LineTableProps) {
  const t = useT();
  const format = useFormatters();
  return (
    <VirtualTable
      rows={rows}
      rowKey={(line) => line.id}
      header={<Header />}
      rowHeight={ROW_HEIGHT}
      className={classes.table}
      label={t('bank.title')}
      loadMoreError={t('bank.loadMoreError')}
      testId="bank-lines"
      {...paging}
      renderRow={(line, rowProps) => {
        const best = line.candidates[0];
        return (
          <div
            {...rowProps}
            className={`${rowProps.className} ${classes.row}`}
            role="button"
            tabIndex={0}
            onClick={() => onOpen(line)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onOpen(line);
            }}
            data-testid="bank-line"
            data-line-id={line.id}
          >
            <div className={`${base.cell} ${base.numeric}`}>{format.date(line.bookingDate)}</div>
            <div className={`${base.cell} ${classes.two}`}>
              <Text size="sm" fw={600} className={classes.ellipsis}>
                {line.counterpartyName || line.counterpartyIban || t('bank.unknownSender')}
              </Text>
              <Text size="xs" c="dimmed" className={classes.ellipsis} title={line.description}>
                {line.description}
              </Text>
            </div>
            <div className={`${base.cell} ${base.numeric}`}>
              <Text size="sm" fw={600} c={line.direction === 'debit' ? 'red.7' : undefined}>
                {line.direction === 'debit' ? '−' : ''}
                {format.money(line.amount, line.currency)}
              </Text>
            </div>
            <div className={`${base.cell} ${classes.two}`}>
              {best ? (
                <>
                  <Text size="sm" className={classes.ellipsis} data-testid="bank-line-customer">
                    {best.customerTitle}
                  </Text>
                  <ReasonList reasons={best.reasons} />
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {line.direction === 'debit' ? t('bank.debitIgnored') : t('bank.noCandidate')}
                </Text>
              )}
            </div>
            <div className={`${base.cell} ${base.numeric}`}>
              {line.direction === 'credit' && <ConfidenceBadge confidence={line.confidence} matched={best !== undefined} />}
            </div>
          </div>
        );
      }}
    />
  );
}
