import { parseMoney } from '../../../../src-shared/money/parse';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { isValidIban, normalizeIban } from '../../../../src-shared/validation/iban';
import { ibanInText, oneLine, type ParsedStatement, type StatementLine } from './statement-line';

export const looksLikeMt940 = (text: string): boolean => /(^|\n):20:/.test(text) && /(^|\n):61:/.test(text);

/** MT940 fields in order: tag and its (possibly multi-line) value. */
function fields(text: string): { tag: string; value: string }[] {
  const out: { tag: string; value: string }[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/^\{\d:|\}$|^-\}$/g, '');
    const tagged = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (tagged) out.push({ tag: tagged[1]!, value: tagged[2]! });
    else if (out.length > 0 && line !== '-' && line !== '') out.at(-1)!.value += `\n${line}`;
  }
  return out;
}

const day = (yymmdd: string): string => `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;

const currencyOf = (code: string): Currency | null =>
  (CURRENCIES as readonly string[]).includes(code) ? (code as Currency) : code === 'TL' ? 'TRY' : null;

/** :25: is "IBAN", "BIC/IBAN" or "bank code/account": the IBAN in it, if any. */
function accountOf(value: string): string | null {
  for (const part of value.split(/[/\s]/)) {
    const iban = normalizeIban(part);
    if (isValidIban(iban)) return iban;
  }
  return null;
}

/** :86: text: "?20…?29" subfields (description, ?31 IBAN, ?32/?33 name) or SWIFT "/NAME/…/REMI/…", else free text. */
function details(value: string): { description: string; name: string; iban: string } {
  const flat = value.replace(/\n/g, '');
  if (/^\d{3}\?|\?2\d/.test(flat)) {
    const sub = new Map<string, string>();
    for (const m of flat.matchAll(/\?(\d{2})([^?]*)/g)) sub.set(m[1]!, (sub.get(m[1]!) ?? '') + m[2]!);
    const description = [...sub.entries()]
      .filter(([k]) => k >= '20' && k <= '29')
      .map(([, v]) => v)
      .join('');
    const name = `${sub.get('32') ?? ''}${sub.get('33') ?? ''}`;
    return { description: oneLine(description), name: oneLine(name), iban: ibanInText(sub.get('31') ?? '') };
  }
  const swift = (code: string) => new RegExp(`/${code}/([^/]*)`).exec(flat)?.[1]?.trim() ?? '';
  if (/\/(NAME|REMI|ORDP)\//.test(flat)) {
    return { description: oneLine(swift('REMI') || flat), name: oneLine(swift('NAME')), iban: ibanInText(swift('IBAN') || flat) };
  }
  const text = oneLine(value);
  const name = /(?:GÖNDEREN|GONDEREN|SENDER)\s*[:-]\s*([^,;/]+)/i.exec(text)?.[1]?.trim() ?? '';
  // Banks wrap :86: at 65 characters wherever that falls, often inside the sender's IBAN: look in the joined text too.
  return { description: text, name, iban: ibanInText(text) || ibanInText(flat) };
}

const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d+(?:,\d{0,2})?)([NSF])([A-Z0-9]{3})([^\n/]*)(?:\/\/([^\n]*))?/;

/**
 * SWIFT MT940 customer statement: :25: the account, :60F: the opening balance (its currency), each :61: a
 * movement (value date, C/D mark, amount with a decimal comma, references) with its :86: text on several lines.
 */
export function parseMt940(text: string): ParsedStatement {
  let accountIban: string | null = null;
  let currency: Currency = 'TRY';
  const lines: StatementLine[] = [];
  let current: StatementLine | null = null;
  for (const { tag, value } of fields(text)) {
    if (tag === '25') {
      const account = accountOf(value.trim());
      if (account && accountIban && account !== accountIban) throw new Error('mt940: several accounts');
      accountIban = account ?? accountIban;
    } else if (tag === '60F' || tag === '60M') {
      currency = currencyOf(value.slice(7, 10)) ?? currency;
    } else if (tag === '61') {
      const m = LINE_61.exec(value.trim());
      if (!m) throw new Error(`mt940: unreadable :61: ${value}`);
      const mark = m[3]!;
      const amount = parseMoney(m[5]!.replace(/,$/, ''), 'tr');
      if (amount === null) throw new Error(`mt940: amount ${m[5]}`);
      const customerRef = m[8]!.trim();
      const bankRef = (m[9] ?? '').split('\n')[0]!.trim();
      current = {
        bookingDate: day(m[1]!),
        direction: mark === 'C' || mark === 'RD' ? 'credit' : 'debit',
        amount,
        currency,
        description: '',
        counterpartyName: '',
        counterpartyIban: '',
        reference: bankRef || (customerRef === 'NONREF' ? '' : customerRef),
        balance: null,
      };
      lines.push(current);
    } else if (tag === '86' && current) {
      const d = details(value);
      current.description = d.description;
      current.counterpartyName = d.name;
      current.counterpartyIban = d.iban === accountIban ? '' : d.iban;
      current = null;
    }
  }
  return { format: 'mt940', accountIban, lines };
}
