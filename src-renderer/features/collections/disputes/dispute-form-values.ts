import type { MethodInput } from '../../../../src-shared/contract/methods';
import type { DisputeReason } from '../../../../src-shared/domain/collections/schemas';

export interface DisputeFormValues {
  reason: DisputeReason | null;
  /** Minor units in the invoice's currency; null when empty, NaN while not an amount. */
  amount: number | null;
  note: string;
}

export const toDisputeInput = (invoiceId: number, values: DisputeFormValues): MethodInput<'disputes/open'> => ({
  invoiceId,
  reason: values.reason ?? ('' as DisputeReason),
  amount: values.amount ?? Number.NaN,
  note: values.note,
});
