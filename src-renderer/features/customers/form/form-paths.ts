import type { FormPathOf } from '../../../forms/issues-to-errors';

/** Form paths that have an input on screen. Anything else is reported above the form. */
const FIELD_PATH =
  /^(code|title|kind|taxId|taxOffice|address|city|phone|email|paymentTermsDays|tags|notes|creditLimit\.amount|creditLimit\.currency|contacts\.\d+\.(name|role|phone|email|preferredChannel|topics))$/;

/**
 * Where an issue's path (from zod or from the backend) shows in the form: ['contacts', 0, 'email']
 * → 'contacts.0.email'. Issues about one element of a list go to the list's input.
 */
export const formPathOf: FormPathOf = (path) => {
  const joined = path
    .join('.')
    .replace(/^creditLimit$/, 'creditLimit.amount')
    .replace(/^tags\.\d+$/, 'tags')
    .replace(/^(contacts\.\d+\.topics)\.\d+$/, '$1');
  return FIELD_PATH.test(joined) ? joined : null;
};
