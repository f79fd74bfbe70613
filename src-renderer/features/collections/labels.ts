import { ACTIVITY_KINDS, CALL_OUTCOMES, DISPUTE_REASONS } from '../../../src-shared/domain/collections/schemas';
import type { ActivityKind, CallOutcome, DisputeReason } from '../../../src-shared/domain/collections/schemas';
import { PAYMENT_METHODS } from '../../../src-shared/domain/payments/schemas';
import type { PaymentMethod } from '../../../src-shared/domain/payments/types';
import type { Translate } from '../../i18n/i18n-context';

/** Whether a code from the backend is one of a known list (and so has a translation). */
export const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** The words for the backend's codes; an unknown code reads as "other", never as the raw code. */
export const activityKindLabel = (t: Translate, kind: string | null): string =>
  isOneOf<ActivityKind>(ACTIVITY_KINDS, kind) ? t(`activities.kind.${kind}`) : t('activities.kind.note');

export const outcomeLabel = (t: Translate, outcome: string | null): string =>
  isOneOf<CallOutcome>(CALL_OUTCOMES, outcome) ? t(`activities.outcome.${outcome}`) : t('activities.outcome.other');

export const disputeReasonLabel = (t: Translate, reason: string | null): string =>
  isOneOf<DisputeReason>(DISPUTE_REASONS, reason) ? t(`disputes.reason.${reason}`) : t('disputes.reason.other');

export const paymentMethodLabel = (t: Translate, method: string | null): string =>
  isOneOf<PaymentMethod>(PAYMENT_METHODS, method) ? t(`payments.method.${method}`) : t('payments.method.other');

/** Select options of a code list, in the list's order. */
export const optionsOf = <T extends string>(list: readonly T[], label: (code: T) => string) =>
  list.map((value) => ({ value, label: label(value) }));
