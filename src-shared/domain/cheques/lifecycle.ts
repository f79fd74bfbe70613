/** Kinds of paper a customer pays with: a cheque (çek) or a promissory note (senet / bono). */
export const CHEQUE_KINDS = ['cheque', 'note'] as const;
export type ChequeKind = (typeof CHEQUE_KINDS)[number];

/**
 * portfolio = portföyde, at_bank = tahsile verildi, collateral = teminata verildi, collected = tahsil edildi,
 * endorsed = ciro edildi, returned = iade edildi, bounced = karşılıksız (cheque), protested = protestolu (note),
 * legal = yasal takipte.
 */
export const CHEQUE_STATUSES = [
  'portfolio',
  'at_bank',
  'collateral',
  'collected',
  'endorsed',
  'returned',
  'bounced',
  'protested',
  'legal',
] as const;
export type ChequeStatus = (typeof CHEQUE_STATUSES)[number];

/**
 * The one allowed graph. A bank or a creditor holding it as collateral can hand it back to the portfolio; an
 * endorsed one can come back unpaid from the supplier; a bounced/protested one can be settled and returned.
 * Bounced applies to cheques and protested to notes only (see `allowedNext`).
 */
export const CHEQUE_TRANSITIONS: Readonly<Record<ChequeStatus, readonly ChequeStatus[]>> = {
  portfolio: ['at_bank', 'collateral', 'collected', 'endorsed', 'returned', 'bounced', 'protested'],
  at_bank: ['portfolio', 'collected', 'bounced', 'protested'],
  collateral: ['portfolio', 'collected', 'bounced', 'protested'],
  endorsed: ['bounced', 'protested'],
  bounced: ['legal', 'returned'],
  protested: ['legal', 'returned'],
  collected: [],
  returned: [],
  legal: [],
};

/** The dishonoured state of each kind: what re-opens the debt it paid. */
export const DISHONOURED: Readonly<Record<ChequeKind, ChequeStatus>> = { cheque: 'bounced', note: 'protested' };

export function allowedNext(kind: ChequeKind, from: ChequeStatus): ChequeStatus[] {
  const other = kind === 'cheque' ? 'protested' : 'bounced';
  return CHEQUE_TRANSITIONS[from].filter((to) => to !== other);
}

/** States in which the paper is still ours and may yet be paid: what the maturity figures count. */
export const LIVE_STATUSES: readonly ChequeStatus[] = ['portfolio', 'at_bank', 'collateral'];

/** A transition that takes the money back: the payment it recorded is reversed. */
export const reversesPayment = (to: ChequeStatus): boolean => to === 'bounced' || to === 'protested' || to === 'returned';
