import { XMLParser } from 'fast-xml-parser';
import { parseMoney } from '../../../../src-shared/money/parse';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { isValidIban, normalizeIban } from '../../../../src-shared/validation/iban';
import { ibanInText, oneLine, type ParsedStatement, type StatementLine } from './statement-line';

export const looksLikeCamt053 = (text: string): boolean => /<(\w+:)?BkToCstmrStmt[\s>]/.test(text);

type Node = Record<string, unknown>;
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const textOf = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? textOf((value as Node)['#text']) : String(value);
const at = (node: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((n, key) => (n && typeof n === 'object' ? (n as Node)[key] : undefined), node);

const ibanAt = (node: unknown, ...path: string[]): string => {
  const iban = normalizeIban(textOf(at(node, ...path)));
  return isValidIban(iban) ? iban : '';
};

/** Party name: camt.053.001.02 puts it under Dbtr/Nm, later versions under Dbtr/Pty/Nm. */
const partyName = (party: unknown): string => textOf(at(party, 'Nm')) || textOf(at(party, 'Pty', 'Nm'));

/**
 * ISO 20022 camt.053 (BkToCstmrStmt): each Stmt has its account (Acct/Id/IBAN) and entries (Ntry: Amt@Ccy,
 * CdtDbtInd, BookgDt, AcctSvcrRef); the details (NtryDtls/TxDtls) name the debtor (RltdPties/Dbtr, DbtrAcct)
 * and the remittance text (RmtInf/Ustrd). Namespaces are dropped: versions 02 to 08 read alike.
 */
export function parseCamt053(text: string): ParsedStatement {
  const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, trimValues: true }).parse(
    text,
  ) as Node;
  const statements = list(at(doc, 'Document', 'BkToCstmrStmt', 'Stmt') as Node | Node[] | undefined);
  if (statements.length === 0) throw new Error('camt.053: no statement');
  let accountIban: string | null = null;
  const lines: StatementLine[] = [];
  for (const stmt of statements) {
    const iban = ibanAt(stmt, 'Acct', 'Id', 'IBAN') || null;
    if (iban && accountIban && iban !== accountIban) throw new Error('camt.053: several accounts');
    accountIban = iban ?? accountIban;
    for (const entry of list(at(stmt, 'Ntry') as Node | Node[] | undefined)) {
      const amountNode = at(entry, 'Amt');
      const amount = parseMoney(textOf(amountNode), 'en');
      if (amount === null) throw new Error('camt.053: amount');
      const ccy = String(at(amountNode, '@_Ccy') ?? 'TRY');
      const tx = list(at(entry, 'NtryDtls') as Node | Node[] | undefined).flatMap((d) =>
        list(at(d, 'TxDtls') as Node | Node[] | undefined),
      )[0];
      const credit = textOf(at(entry, 'CdtDbtInd')) === 'CRDT';
      // The other party: the debtor of an incoming transfer, the creditor of an outgoing one.
      const party = credit ? at(tx, 'RltdPties', 'Dbtr') : at(tx, 'RltdPties', 'Cdtr');
      const partyIban = credit
        ? ibanAt(tx, 'RltdPties', 'DbtrAcct', 'Id', 'IBAN')
        : ibanAt(tx, 'RltdPties', 'CdtrAcct', 'Id', 'IBAN');
      const remittance = list(at(tx, 'RmtInf', 'Ustrd') as unknown)
        .map(textOf)
        .join(' ');
      const description = oneLine(remittance || textOf(at(tx, 'AddtlTxInf')) || textOf(at(entry, 'AddtlNtryInf')));
      lines.push({
        bookingDate: (
          textOf(at(entry, 'BookgDt', 'Dt')) ||
          textOf(at(entry, 'BookgDt', 'DtTm')) ||
          textOf(at(entry, 'ValDt', 'Dt'))
        ).slice(0, 10),
        direction: credit ? 'credit' : 'debit',
        amount,
        currency: (CURRENCIES as readonly string[]).includes(ccy) ? (ccy as Currency) : 'TRY',
        description,
        counterpartyName: oneLine(partyName(party)),
        counterpartyIban: partyIban || ibanInText(description, accountIban ?? ''),
        reference:
          textOf(at(entry, 'AcctSvcrRef')) ||
          textOf(at(tx, 'Refs', 'AcctSvcrRef')) ||
          textOf(at(tx, 'Refs', 'EndToEndId')).replace(/^NOTPROVIDED$/, ''),
        balance: null,
      });
    }
  }
  return { format: 'camt053', accountIban, lines };
}
