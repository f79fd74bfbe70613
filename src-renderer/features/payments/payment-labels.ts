import type { MessageKey } from '../../../src-shared/i18n/translate';
import type { Payment } from '../../../src-shared/domain/payments/types';

/** "Tahsilat" or "İade faturası": what kind of credit a record is. */
export const creditKindKey = (kind: Payment['kind']): MessageKey =>
  kind === 'payment' ? 'payments.kind.payment' : 'payments.kind.credit_note';
