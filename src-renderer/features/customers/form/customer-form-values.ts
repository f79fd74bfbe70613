import { randomId } from '@mantine/hooks';
import type { CustomerCreateInput, CustomerUpdateInput } from '../../../../src-shared/domain/customers/schemas';
import type { ContactChannel, ContactTopic, Customer, CustomerKind } from '../../../../src-shared/domain/customers/types';
import type { Currency } from '../../../../src-shared/money/currency';

export interface ContactFormValues {
  /** React's key for the row; never sent. */
  key: string;
  /** Present for contacts that already exist, so the backend updates them instead of adding new ones. */
  id?: number;
  name: string;
  role: string;
  phone: string;
  email: string;
  preferredChannel: ContactChannel;
  topics: ContactTopic[];
}

/** What the form edits. Close to the wire shape, but with room for half-typed values. */
export interface CustomerFormValues {
  code: string;
  title: string;
  kind: CustomerKind;
  taxId: string;
  taxOffice: string;
  address: string;
  city: string;
  phone: string;
  email: string;
  /** NumberInput gives '' while empty. */
  paymentTermsDays: number | string;
  /** amount: minor units, null for "no limit", NaN while the text is not an amount (see MoneyInput). */
  creditLimit: { amount: number | null; currency: Currency };
  tags: string[];
  notes: string;
  contacts: ContactFormValues[];
}

export const DEFAULT_PAYMENT_TERMS_DAYS = 30;

export const emptyCustomerForm = (): CustomerFormValues => ({
  code: '',
  title: '',
  kind: 'company',
  taxId: '',
  taxOffice: '',
  address: '',
  city: '',
  phone: '',
  email: '',
  paymentTermsDays: DEFAULT_PAYMENT_TERMS_DAYS,
  creditLimit: { amount: null, currency: 'TRY' },
  tags: [],
  notes: '',
  contacts: [],
});

export const emptyContact = (): ContactFormValues => ({
  key: randomId(),
  name: '',
  role: '',
  phone: '',
  email: '',
  preferredChannel: 'email',
  topics: [],
});

export function customerToForm(customer: Customer): CustomerFormValues {
  return {
    code: customer.code,
    title: customer.title,
    kind: customer.kind,
    taxId: customer.taxId,
    taxOffice: customer.taxOffice,
    address: customer.address,
    city: customer.city,
    phone: customer.phone,
    email: customer.email,
    paymentTermsDays: customer.paymentTermsDays,
    creditLimit: customer.creditLimit ?? { amount: null, currency: 'TRY' },
    tags: [...customer.tags],
    notes: customer.notes,
    contacts: customer.contacts.map((contact) => ({ ...contact, key: `contact-${contact.id}`, topics: [...contact.topics] })),
  };
}

/** The fields every save sends; an empty days field becomes NaN so validation refuses it. */
function customerFields(values: CustomerFormValues) {
  const { amount, currency } = values.creditLimit;
  return {
    title: values.title,
    kind: values.kind,
    taxId: values.taxId,
    taxOffice: values.taxOffice,
    address: values.address,
    city: values.city,
    phone: values.phone,
    email: values.email,
    paymentTermsDays: typeof values.paymentTermsDays === 'number' ? values.paymentTermsDays : Number.NaN,
    creditLimit: amount === null ? null : { amount, currency },
    tags: values.tags,
    notes: values.notes,
    contacts: values.contacts.map(({ key: _key, id, ...contact }) => (id === undefined ? contact : { id, ...contact })),
  };
}

/** An empty code on a new card means "assign the next free one". */
export function toCreateInput(values: CustomerFormValues): CustomerCreateInput {
  const code = values.code.trim();
  return { ...(code ? { code } : {}), ...customerFields(values) };
}

export function toUpdateInput(values: CustomerFormValues, customer: Pick<Customer, 'id' | 'version'>): CustomerUpdateInput {
  return { id: customer.id, version: customer.version, code: values.code, ...customerFields(values) };
}
