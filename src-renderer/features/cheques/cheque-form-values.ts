import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { ChequeKind } from '../../../src-shared/domain/cheques/lifecycle';
import { chequeRecordInput } from '../../../src-shared/domain/cheques/schemas';
import type { Language } from '../../../src-shared/i18n/language';
import type { Currency } from '../../../src-shared/money/currency';
import type { FormPathOf } from '../../forms/issues-to-errors';
import { amountError, dayError, schemaErrors } from '../../forms/schema-errors';
import type { Translate } from '../../i18n/i18n-context';

export interface ChequeFormValues {
  kind: ChequeKind;
  customerId: number | null;
  serialNumber: string;
  bank: string;
  branch: string;
  drawer: string;
  /** One endorser per line. */
  endorsers: string;
  issuePlace: string;
  issueDate: string;
  dueDate: string;
  /** Minor units; null when empty, NaN while the text is not an amount (see MoneyInput). */
  amount: number | null;
  currency: Currency;
  receivedOn: string;
  allocate: 'auto' | 'none';
  note: string;
}

export const emptyChequeForm = (customerId: number | null): ChequeFormValues => ({
  kind: 'cheque',
  customerId,
  serialNumber: '',
  bank: '',
  branch: '',
  drawer: '',
  endorsers: '',
  issuePlace: '',
  issueDate: todayLocal(),
  dueDate: '',
  amount: null,
  currency: 'TRY',
  receivedOn: todayLocal(),
  allocate: 'auto',
  note: '',
});

export const toChequeInput = (v: ChequeFormValues): MethodInput<'cheques/record'> => ({
  kind: v.kind,
  customerId: v.customerId ?? 0,
  serialNumber: v.serialNumber,
  bank: v.kind === 'cheque' ? v.bank : '',
  branch: v.kind === 'cheque' ? v.branch : '',
  drawer: v.drawer,
  endorsers: v.endorsers
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== ''),
  issuePlace: v.issuePlace,
  issueDate: v.issueDate,
  dueDate: v.dueDate,
  amount: v.amount ?? Number.NaN,
  currency: v.currency,
  receivedOn: v.receivedOn,
  allocate: v.allocate,
  note: v.note,
});

const ON_SCREEN = /^(customerId|serialNumber|bank|branch|drawer|issuePlace|issueDate|dueDate|amount|currency|receivedOn|note)$/;

/** Wire paths on the form; every endorser's issue shows on the one endorsers box, allocation issues above. */
export const chequePathOf: FormPathOf = (path) => {
  if (path[0] === 'endorsers') return 'endorsers';
  const joined = path.join('.');
  return ON_SCREEN.test(joined) ? joined : null;
};

/** The backend's schema, then what it cannot see: half-typed days and amounts, a receipt in the future. */
export function validateChequeForm(values: ChequeFormValues, language: Language, t: Translate): FormErrors {
  const errors = schemaErrors(chequeRecordInput, toChequeInput(values), language, t, chequePathOf);
  if (values.customerId === null) errors.customerId = t('validation.required');
  // The schema's cross-field rules run only once every field parses; say these at once.
  if (values.kind === 'cheque' && values.bank.trim() === '') errors.bank = t('validation.required');
  if (!errors.dueDate && values.dueDate && values.issueDate && values.dueDate < values.issueDate)
    errors.dueDate = t('cheques.validation.dueBeforeIssue');
  for (const field of ['issueDate', 'dueDate'] as const) {
    const day = dayError(values[field], t);
    if (day) errors[field] = day;
  }
  const received = dayError(values.receivedOn, t, todayLocal());
  if (received) errors.receivedOn = received;
  const amount = amountError(values.amount, t);
  if (amount) errors.amount = amount;
  return errors;
}
