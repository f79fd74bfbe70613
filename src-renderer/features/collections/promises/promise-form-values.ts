import type { MethodInput } from '../../../../src-shared/contract/methods';
import type { Currency } from '../../../../src-shared/money/currency';

export interface PromiseFormValues {
  promisedDate: string;
  /** Minor units; null when empty, NaN while the text is not an amount (see MoneyInput). */
  amount: number | null;
  currency: Currency;
  note: string;
}

export const emptyPromiseForm = (currency: Currency): PromiseFormValues => ({
  promisedDate: '',
  amount: null,
  currency,
  note: '',
});

export const toPromiseInput = (customerId: number, values: PromiseFormValues): MethodInput<'promises/create'> => ({
  customerId,
  promisedDate: values.promisedDate,
  amount: values.amount ?? Number.NaN,
  currency: values.currency,
  note: values.note,
});
