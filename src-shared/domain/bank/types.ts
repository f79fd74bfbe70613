import type { Currency } from '../../money/currency';
import type { BankLineStatus, BankSheetField } from './schemas';

export type StatementFormat = 'sheet' | 'mt940' | 'camt053';

/** Why a line points at a customer; the renderer translates the code and shows the detail as it is. */
export type MatchReasonCode =
  | 'ibanCard'
  | 'ibanLearned'
  | 'ibanShared'
  | 'taxId'
  | 'customerCode'
  | 'invoiceNumber'
  | 'planRef'
  | 'chequeRef'
  | 'nameExact'
  | 'nameInText'
  | 'nameFuzzy'
  | 'amountInvoice'
  | 'amountInvoices'
  | 'amountInstalment'
  | 'amountPromise'
  | 'amountOverdue'
  | 'amountOpenTotal'
  | 'amountOnly'
  | 'conflict';

export interface MatchReason {
  code: MatchReasonCode;
  detail: string;
}

export interface MatchCandidate {
  customerId: number;
  customerCode: string;
  customerTitle: string;
  /** 0–100; at CONFIDENT or more the line is accepted with "accept all confident". */
  confidence: number;
  reasons: MatchReason[];
}

export interface ProposedAllocation {
  invoiceId: number;
  invoiceNumber: string;
  dueDate: string;
  openAmount: number;
  amount: number;
}

/** A movement as the bank states it, read from a file or stored. */
export interface BankMovement {
  bookingDate: string;
  direction: 'credit' | 'debit';
  /** Positive minor units; the direction says which way. */
  amount: number;
  currency: Currency;
  description: string;
  counterpartyName: string;
  counterpartyIban: string;
  /** The bank's own reference (dekont no, AcctSvcrRef, MT940 //ref) when the file has one. */
  reference: string;
}

export interface BankLine extends BankMovement {
  id: number;
  accountIban: string;
  sourceFile: string;
  status: BankLineStatus;
  /** The best candidate (null: nobody) with its confidence, and the others. */
  customerId: number | null;
  confidence: number;
  candidates: MatchCandidate[];
  /** What accepting the best candidate would allocate (the rest stays as the customer's credit). */
  allocation: ProposedAllocation[];
  paymentIds: number[];
}

export interface BankLinePage {
  items: BankLine[];
  nextCursor: string | null;
  /** Open lines, and those of them at or above the confident threshold, with their totals per currency. */
  counts: Record<BankLineStatus, number>;
  confident: { count: number; totals: { currency: Currency; amount: number }[] };
}

export interface BankAccount {
  iban: string;
  bank: string;
  currency: Currency;
  openLines: number;
}

export interface BankInspectResult {
  fileName: string;
  format: StatementFormat;
  /** The account the file says it is for (MT940 :25:, camt.053 Acct/IBAN); null for most spreadsheets. */
  accountIban: string | null;
  headers: string[];
  mapping: Partial<Record<BankSheetField, number>>;
  remembered: boolean;
  lines: number;
  credits: number;
  debits: number;
  sample: { bookingDate: string; direction: 'credit' | 'debit'; amount: number; currency: Currency; description: string }[];
}

export interface BankImportFileResult {
  fileName: string;
  format: StatementFormat;
  imported: number;
  duplicates: number;
  debits: number;
}

export interface BankImportResult {
  files: BankImportFileResult[];
  imported: number;
  duplicates: number;
  debits: number;
  confident: number;
}

export interface BankAcceptResult {
  accepted: number;
  /** Lines already accepted or dismissed earlier: nothing was recorded for them again. */
  skipped: number;
  paymentIds: number[];
}

export interface CustomerIban {
  iban: string;
  source: 'card' | 'learned';
  createdAt: string;
}
