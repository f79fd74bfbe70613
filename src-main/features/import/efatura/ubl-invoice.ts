import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isPlausibleBusinessDate } from '../../../../src-shared/dates/business-date';
import type { MessageKey, MessageParams } from '../../../../src-shared/i18n/translate';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { parseMoney } from '../../../../src-shared/money/parse';
import { ETTN_PATTERN } from '../cell-values';

export const UBL_INVOICE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';

export interface UblParty {
  /** VKN (10 digits) or TCKN (11), by the identification's schemeID. */
  taxId: string;
  title: string;
  taxOffice: string;
  address: string;
  city: string;
  phone: string;
  email: string;
}

/** What Vade reads from an e-Fatura / e-Arşiv invoice (UBL-TR 1.2). */
export interface UblInvoice {
  number: string;
  ettn: string;
  issueDate: string;
  profile: string;
  /** SATIS, IADE, TEVKIFAT, ISTISNA, … — IADE is a return: a credit note for the customer. */
  typeCode: string;
  currency: Currency;
  payable: number;
  dueDate: string | null;
  supplier: UblParty;
  customer: UblParty;
  /** An IADE names the invoice it returns. */
  returnsInvoice: string | null;
}

export class UblError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params?: MessageParams,
  ) {
    super(key);
  }
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false, // VKNs and numbers keep their leading zeros
  parseAttributeValue: false,
  textNodeName: '#text',
  trimValues: true,
  isArray: (name) => /(^|:)(PartyIdentification|PaymentMeans|PaymentTerms|InvoiceDocumentReference|BillingReference)$/.test(name),
});

/** The child with this local name, whatever prefix the file uses for the cac/cbc namespaces. */
function child(node: unknown, local: string): unknown {
  if (!node || typeof node !== 'object') return undefined;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === local || key.endsWith(`:${local}`)) return value;
  }
  return undefined;
}

const at = (node: unknown, ...path: string[]): unknown =>
  path.reduce((n, local) => child(Array.isArray(n) ? n[0] : n, local), node);

function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === 'object') return String((node as Node)['#text'] ?? '').trim();
  return String(node).trim();
}

const attr = (node: unknown, name: string): string =>
  node && typeof node === 'object' && !Array.isArray(node) ? String((node as Node)[`@${name}`] ?? '') : '';

const list = (node: unknown): unknown[] => (node === undefined ? [] : Array.isArray(node) ? node : [node]);

function readParty(party: unknown): UblParty {
  const ids = list(child(party, 'PartyIdentification')).map((pi) => child(pi, 'ID'));
  const taxNode = ids.find((id) => /^(VKN|TCKN)$/i.test(attr(id, 'schemeID')));
  const person = child(party, 'Person');
  const personName = [text(child(person, 'FirstName')), text(child(person, 'MiddleName')), text(child(person, 'FamilyName'))]
    .filter(Boolean)
    .join(' ');
  const address = child(party, 'PostalAddress');
  const street = [
    text(child(address, 'StreetName')),
    text(child(address, 'BuildingNumber')),
    text(child(address, 'CitySubdivisionName')),
  ]
    .filter(Boolean)
    .join(' ');
  const contact = child(party, 'Contact');
  return {
    taxId: text(taxNode).replace(/\s+/g, ''),
    title: text(at(party, 'PartyName', 'Name')) || personName,
    taxOffice: text(at(party, 'PartyTaxScheme', 'TaxScheme', 'Name')),
    address: street,
    city: text(child(address, 'CityName')),
    phone: text(child(contact, 'Telephone')),
    email: text(child(contact, 'ElectronicMail')),
  };
}

/** "1180.00", "1180.5", "1180.0000" → kuruş; more than two non-zero decimals are refused. */
function decimalMinor(value: string): number | null {
  const trimmed = value.replace(/(\.\d\d)0+$/, '$1');
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  return parseMoney(trimmed, 'en');
}

/** Reads one UBL-TR invoice; anything that makes it unusable is a UblError with the reason. */
export function readUblInvoice(xml: string): UblInvoice {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new UblError('import.efatura.malformed', { line: valid.err.line, reason: valid.err.msg });
  const doc = parser.parse(xml) as Node;
  const rootKey = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const root = rootKey ? (doc[rootKey] as Node) : undefined;
  const prefix = rootKey?.includes(':') ? rootKey.split(':')[0] : null;
  const namespace = root ? attr(root, prefix ? `xmlns:${prefix}` : 'xmlns') : '';
  if (!rootKey || rootKey.replace(/^.*:/, '') !== 'Invoice' || namespace !== UBL_INVOICE_NS) {
    throw new UblError('import.efatura.notInvoice', { namespace: namespace || '—' });
  }

  const number = text(child(root, 'ID'));
  const ettn = text(child(root, 'UUID')).toLowerCase();
  const issueDate = text(child(root, 'IssueDate'));
  const payableNode = at(root, 'LegalMonetaryTotal', 'PayableAmount');
  const payableText = text(payableNode);
  const currencyText = (text(child(root, 'DocumentCurrencyCode')) || attr(payableNode, 'currencyID')).toUpperCase();
  if (!number) throw new UblError('import.efatura.missing', { field: 'cbc:ID' });
  if (!ETTN_PATTERN.test(ettn)) throw new UblError('import.efatura.missing', { field: 'cbc:UUID (ETTN)' });
  if (!isPlausibleBusinessDate(issueDate)) throw new UblError('import.efatura.missing', { field: 'cbc:IssueDate' });
  if (!payableText) throw new UblError('import.efatura.missing', { field: 'cac:LegalMonetaryTotal/cbc:PayableAmount' });
  const payable = decimalMinor(payableText);
  if (payable === null || payable <= 0) throw new UblError('import.efatura.amount', { value: payableText });
  const currency = currencyText === 'TL' ? 'TRY' : currencyText;
  if (!(CURRENCIES as readonly string[]).includes(currency))
    throw new UblError('import.efatura.currency', { value: currencyText });

  // Some producers put the due date in cac:PaymentTerms instead of cac:PaymentMeans.
  const dueDate = [...list(child(root, 'PaymentMeans')), ...list(child(root, 'PaymentTerms'))]
    .map((node) => text(child(node, 'PaymentDueDate')))
    .find(isPlausibleBusinessDate);
  const returned = list(child(root, 'BillingReference'))
    .map((br) => text(at(br, 'InvoiceDocumentReference', 'ID')))
    .find((id) => id !== '');
  return {
    number,
    ettn,
    issueDate,
    profile: text(child(root, 'ProfileID')),
    typeCode: text(child(root, 'InvoiceTypeCode')).toUpperCase(),
    currency: currency as Currency,
    payable,
    dueDate: dueDate ?? null,
    supplier: readParty(at(root, 'AccountingSupplierParty', 'Party')),
    customer: readParty(at(root, 'AccountingCustomerParty', 'Party')),
    returnsInvoice: returned ?? null,
  };
}
