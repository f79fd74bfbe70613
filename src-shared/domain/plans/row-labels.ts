import type { MessageKey, MessageParams } from '../../i18n/translate';

/** "Peşinat", "1. taksit", "2. taksit", …: instalments are numbered after the down payment (screens and PDFs). */
export function rowLabels(
  rows: readonly { kind: 'down_payment' | 'instalment' }[],
  t: (key: MessageKey, params?: MessageParams) => string,
): string[] {
  let n = 0;
  return rows.map((row) => (row.kind === 'down_payment' ? t('plans.row.down_payment') : t('plans.row.instalment', { n: ++n })));
}
