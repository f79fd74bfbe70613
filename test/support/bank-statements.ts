/**
 * Bank statement files shaped like real exports, written by the project itself: Turkish banks' Excel and CSV
 * layouts (title rows and the account above the header, tr-TR dates and amounts, negative debits or Borç/Alacak
 * columns, multi-line descriptions, Windows-1254), MT940 and camt.053.
 */
import iconv from 'iconv-lite';

/** A valid IBAN for a country from its bank code and account number (ISO 13616 check digits). */
export function makeIban(bank: string, account: string, country = 'TR'): string {
  const bban = country === 'TR' ? `${bank.padStart(5, '0')}0${account.padStart(16, '0')}` : `${bank}${account}`;
  const numeric = [...`${bban}${country}00`].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  let rest = 0;
  for (let i = 0; i < numeric.length; i += 7) rest = Number(String(rest) + numeric.slice(i, i + 7)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

export interface FixtureLine {
  date: string; // YYYY-MM-DD
  /** Kuruş; negative for a debit. */
  amount: number;
  description: string;
  sender?: string;
  senderIban?: string;
  reference?: string;
}

const trDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
const trAmount = (kurus: number) => {
  const sign = kurus < 0 ? '-' : '';
  const abs = Math.abs(kurus);
  return `${sign}${Math.floor(abs / 100).toLocaleString('tr-TR')},${String(abs % 100).padStart(2, '0')}`;
};
const spacedIban = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();

/**
 * İş Bankası-like XLSX: a title, the account's IBAN, then "Tarih | Açıklama | Tutar | Bakiye | Dekont No";
 * debits negative, the description on several lines inside its cell.
 */
export async function xlsxStatement(accountIban: string, lines: readonly FixtureLine[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hesap Hareketleri');
  ws.addRow(['HESAP HAREKETLERİ']);
  ws.addRow([`IBAN: ${spacedIban(accountIban)}`]);
  ws.addRow([]);
  ws.addRow(['Tarih', 'Açıklama', 'Tutar', 'Bakiye', 'Dekont No']);
  let balance = 1_000_000;
  for (const l of lines) {
    balance += l.amount;
    const text = [l.sender, l.senderIban ? spacedIban(l.senderIban) : '', l.description].filter(Boolean).join('\n');
    ws.addRow([`${trDate(l.date)} 10:15`, text, l.amount / 100, balance / 100, l.reference ?? '']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Garanti-like CSV in Windows-1254 with ';': "İşlem Tarihi;Açıklama;Borç;Alacak;Bakiye;Gönderen;Gönderen IBAN;
 * Referans No", amounts "1.234,56", and a long description continued on the next row.
 */
export function borcAlacakCsv(lines: readonly FixtureLine[], continueLong = true): Buffer {
  const rows = [['İşlem Tarihi', 'Açıklama', 'Borç', 'Alacak', 'Bakiye', 'Gönderen', 'Gönderen IBAN', 'Referans No']];
  let balance = 5_000_000;
  for (const l of lines) {
    balance += l.amount;
    // Banks cut a long text at a word and carry the rest on a row of its own.
    const cut = l.description.lastIndexOf(' ', 30);
    const long = continueLong && l.description.length > 30 && cut > 0;
    const first = long ? l.description.slice(0, cut) : l.description;
    rows.push([
      trDate(l.date),
      first,
      l.amount < 0 ? trAmount(-l.amount) : '',
      l.amount > 0 ? trAmount(l.amount) : '',
      trAmount(balance),
      l.sender ?? '',
      l.senderIban ?? '',
      l.reference ?? '',
    ]);
    if (long) rows.push(['', l.description.slice(cut).trim(), '', '', '', '', '', '']);
  }
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return iconv.encode(rows.map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n', 'win1254');
}

/** An English export: "Date,Description,Amount,Balance,Reference" with "1,234.56" amounts, UTF-8. */
export function englishCsv(lines: readonly FixtureLine[]): string {
  const en = (kurus: number) =>
    `${kurus < 0 ? '-' : ''}${Math.floor(Math.abs(kurus) / 100).toLocaleString('en-GB')}.${String(Math.abs(kurus) % 100).padStart(2, '0')}`;
  const rows = ['Date,Description,Sender,Amount,Balance,Reference'];
  for (const l of lines)
    rows.push([l.date, `"${l.description}"`, `"${l.sender ?? ''}"`, `"${en(l.amount)}"`, '"0.00"', l.reference ?? ''].join(','));
  return rows.join('\n') + '\n';
}

/** SWIFT MT940: :20:, :25: the IBAN, :60F:, each :61: with its :86: text over several lines. */
export function mt940Statement(accountIban: string, lines: readonly FixtureLine[], currency = 'TRY'): string {
  const yymmdd = (d: string) => d.slice(2, 4) + d.slice(5, 7) + d.slice(8, 10);
  const amt = (k: number) => `${Math.floor(Math.abs(k) / 100)},${String(Math.abs(k) % 100).padStart(2, '0')}`;
  const out = [
    ':20:STMT2026120101',
    `:25:${accountIban}`,
    ':28C:00001/001',
    `:60F:C${yymmdd(lines[0]?.date ?? '2026-12-01')}${currency}10000,00`,
  ];
  for (const l of lines) {
    out.push(
      `:61:${yymmdd(l.date)}${l.date.slice(5, 7)}${l.date.slice(8, 10)}${l.amount > 0 ? 'C' : 'D'}${amt(l.amount)}NTRFNONREF//${l.reference ?? ''}`,
    );
    const text = `${l.sender ? `GONDEREN: ${l.sender} ` : ''}${l.senderIban ? `IBAN ${l.senderIban} ` : ''}${l.description}`;
    const chunks = text.match(/.{1,65}/g) ?? [''];
    out.push(`:86:${chunks[0]}`, ...chunks.slice(1));
  }
  out.push(`:62F:C${yymmdd(lines.at(-1)?.date ?? '2026-12-01')}${currency}10000,00`, '-');
  return out.join('\r\n') + '\r\n';
}

/** ISO 20022 camt.053.001.02: Stmt/Acct/IBAN, Ntry with Amt@Ccy, CdtDbtInd, BookgDt, AcctSvcrRef and TxDtls. */
export function camt053Statement(accountIban: string, lines: readonly FixtureLine[], currency = 'TRY'): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const entries = lines.map(
    (l) => `      <Ntry>
        <Amt Ccy="${currency}">${(Math.abs(l.amount) / 100).toFixed(2)}</Amt>
        <CdtDbtInd>${l.amount > 0 ? 'CRDT' : 'DBIT'}</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>${l.date}</Dt></BookgDt>
        <ValDt><Dt>${l.date}</Dt></ValDt>
        <AcctSvcrRef>${esc(l.reference ?? '')}</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <RltdPties>
            <${l.amount > 0 ? 'Dbtr' : 'Cdtr'}><Nm>${esc(l.sender ?? '')}</Nm></${l.amount > 0 ? 'Dbtr' : 'Cdtr'}>
            ${l.senderIban ? `<${l.amount > 0 ? 'DbtrAcct' : 'CdtrAcct'}><Id><IBAN>${l.senderIban}</IBAN></Id></${l.amount > 0 ? 'DbtrAcct' : 'CdtrAcct'}>` : ''}
          </RltdPties>
          <RmtInf><Ustrd>${esc(l.description)}</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>VADE-TEST-1</MsgId><CreDtTm>2026-12-02T08:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-1</Id>
      <Acct><Id><IBAN>${accountIban}</IBAN></Id><Ccy>${currency}</Ccy></Acct>
${entries.join('\n')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}
