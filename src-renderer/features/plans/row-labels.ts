import type { Translate } from '../../i18n/i18n-context';

/** "Peşinat", "1. taksit", "2. taksit", …: instalments are numbered after the down payment. */
export function rowLabels(rows: readonly { kind: 'down_payment' | 'instalment' }[], t: Translate): string[] {
  let n = 0;
  return rows.map((row) => (row.kind === 'down_payment' ? t('plans.row.down_payment') : t('plans.row.instalment', { n: ++n })));
}
