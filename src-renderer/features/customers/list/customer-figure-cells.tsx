import type { CustomerFigures } from '../../../../src-shared/domain/customers/types';
import { virtualTableClasses as base } from '../../../components/virtual-table/virtual-table';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import classes from './customer-table.module.css';

/** A row has room for two lines: two currencies, or one and a "+n more". */
const LINES = 2;

type Line = { key: string; text: string; tone?: 'overdue' | 'credit' };

function FigureCell({ lines, className, testId }: { lines: Line[]; className: string | undefined; testId: string }) {
  const t = useT();
  const shown = lines.length > LINES ? lines.slice(0, LINES - 1) : lines;
  const hidden = lines.length - shown.length;
  return (
    <div
      className={`${base.cell} ${base.numeric} ${classes.figures} ${className ?? ''}`}
      title={lines.map((line) => line.text).join('\n') || undefined}
      data-testid={testId}
    >
      {lines.length === 0 && <span className={base.dim}>{t('common.none')}</span>}
      {shown.map((line) => (
        <div key={line.key} className={line.tone ? classes[line.tone] : undefined}>
          {line.text}
        </div>
      ))}
      {hidden > 0 && <div className={base.dim}>{t('customers.figures.more', { count: hidden })}</div>}
    </div>
  );
}

/** Balance, overdue, oldest overdue and next expected collection: one line per currency, never summed. */
export function CustomerFigureCells({ figures }: { figures: CustomerFigures[] }) {
  const t = useT();
  const format = useFormatters();
  const balance = figures
    .filter((f) => f.balance !== 0)
    .map((f): Line => ({
      key: f.currency,
      text: format.money(f.balance, f.currency),
      ...(f.balance < 0 ? { tone: 'credit' } : {}),
    }));
  const overdue = figures
    .filter((f) => f.overdue > 0)
    .map((f): Line => ({ key: f.currency, text: format.money(f.overdue, f.currency), tone: 'overdue' }));
  const oldest = figures
    .filter((f) => f.oldestOverdueDays !== null)
    .map((f): Line => ({
      key: f.currency,
      text: `${t('customers.figures.days', { days: f.oldestOverdueDays ?? 0 })}${figures.length > 1 ? ` · ${f.currency}` : ''}`,
      tone: 'overdue',
    }));
  const next = figures.flatMap((f): Line[] =>
    f.nextExpected
      ? [
          {
            key: f.currency,
            text: t('customers.figures.nextOn', {
              date: format.date(f.nextExpected.day),
              amount: format.money(f.nextExpected.amount, f.currency),
            }),
          },
        ]
      : [],
  );
  return (
    <>
      <FigureCell lines={balance} className={classes.colBalance} testId="customer-balance" />
      <FigureCell lines={overdue} className={classes.colOverdue} testId="customer-overdue" />
      <FigureCell lines={oldest} className={classes.colOldest} testId="customer-oldest-overdue" />
      <FigureCell lines={next} className={classes.colNext} testId="customer-next-expected" />
    </>
  );
}
