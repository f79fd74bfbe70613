import type { MatchCandidate, MatchReason, MatchReasonCode, ProposedAllocation } from '../../../../src-shared/domain/bank/types';
import { accentFreeWords, nameKey, nameWords } from '../../../../src-shared/domain/bank/name-key';
import { isValidTckn, isValidVkn } from '../../../../src-shared/validation/tax-id';
import type { InvoiceHit, MatchIndex } from './match-index';
import { diceAtLeast } from './name-similarity';
import { referenceTokens } from './reference-tokens';

/** What a line needs to be matched. */
export interface LineFacts {
  amount: number;
  currency: string;
  description: string;
  counterpartyName: string;
  counterpartyIban: string;
}

export interface LineMatch {
  customerId: number | null;
  confidence: number;
  candidates: MatchCandidate[];
  allocation: ProposedAllocation[];
}

/**
 * Points per clue. A line is confident (≥ 90) only when two independent clues agree — an IBAN or a name and
 * an amount that equals something owed, a tax id or an invoice number with anything else — so one clue alone
 * (a shared IBAN, a name with a typo, an amount) never records a payment without a look.
 */
const POINTS: Record<MatchReasonCode, number> = {
  ibanCard: 75,
  ibanLearned: 75,
  ibanShared: 40,
  taxId: 70,
  invoiceNumber: 70,
  chequeRef: 60,
  planRef: 60,
  customerCode: 50,
  nameExact: 60,
  nameInText: 45,
  nameFuzzy: 35,
  amountInvoice: 30,
  amountInvoices: 30,
  amountInstalment: 30,
  amountPromise: 25,
  amountOverdue: 30,
  amountOpenTotal: 30,
  amountOnly: 30,
  conflict: 0,
};

/** A rival within this many points makes the best one doubtful, however high it scored. */
const RIVAL_GAP = 30;
const DOUBTFUL_CAP = 70;
const MAX_CANDIDATES = 5;
/** Name words shared by more customers than this are too common to find anyone by. */
const COMMON_WORD = 50;

class Scores {
  readonly map = new Map<number, { points: number; reasons: MatchReason[]; invoiceIds: number[] }>();
  add(customerId: number, code: MatchReasonCode, detail: string): void {
    let entry = this.map.get(customerId);
    if (!entry) {
      entry = { points: 0, reasons: [], invoiceIds: [] };
      this.map.set(customerId, entry);
    }
    // One clue of a kind counts once (an invoice number twice is still one clue).
    if (entry.reasons.some((r) => r.code === code)) return;
    entry.points += POINTS[code];
    entry.reasons.push({ code, detail });
  }
}

async function identityClues(index: MatchIndex, line: LineFacts, scores: Scores): Promise<void> {
  const senders = line.counterpartyIban ? (index.byIban.get(line.counterpartyIban) ?? []) : [];
  for (const s of senders) {
    scores.add(
      s.customerId,
      senders.length > 1 ? 'ibanShared' : s.source === 'card' ? 'ibanCard' : 'ibanLearned',
      line.counterpartyIban,
    );
  }
  for (const token of referenceTokens(line.description)) {
    if ((/^\d{10}$/.test(token) && isValidVkn(token)) || (/^\d{11}$/.test(token) && isValidTckn(token))) {
      for (const id of index.byTaxId.get(token) ?? []) scores.add(id, 'taxId', token);
    }
    const byCode = index.byCode.get(token.toLocaleLowerCase('tr'));
    if (byCode !== undefined) scores.add(byCode, 'customerCode', token);
    if (token.length >= 4) {
      const invoice = await index.invoiceByNumber(token);
      if (invoice && invoice.currency === line.currency) {
        scores.add(invoice.customerId, 'invoiceNumber', invoice.number);
        scores.map.get(invoice.customerId)!.invoiceIds.push(invoice.id);
      }
      const cheque = await index.chequeCustomer(token);
      if (cheque !== undefined) scores.add(cheque, 'chequeRef', token);
    }
  }
  const plan = /\b(?:PLAN|PLANI|TAKS[İI]T)\s*(?:NO)?\s*[:#-]?\s*(\d{1,9})\b/iu.exec(line.description);
  if (plan) {
    const customerId = index.byPlan.get(Number(plan[1]));
    if (customerId !== undefined) scores.add(customerId, 'planRef', plan[1]!);
  }
  nameClues(index, line, scores);
}

function nameClues(index: MatchIndex, line: LineFacts, scores: Scores): void {
  const senderKey = nameKey(line.counterpartyName);
  if (senderKey !== '') {
    const exact = index.byNameKey.get(senderKey) ?? [];
    for (const id of exact) scores.add(id, 'nameExact', line.counterpartyName);
    if (exact.length === 0) {
      // A typo: customers sharing a distinctive word, compared as whole names.
      const seen = new Set<number>();
      for (const w of new Set(nameWords(line.counterpartyName))) {
        const ids = index.byWord.get(w) ?? [];
        if (ids.length > COMMON_WORD * 4) continue;
        for (const id of ids) {
          if (seen.has(id)) continue;
          seen.add(id);
          const c = index.customers.get(id)!;
          if (diceAtLeast(senderKey, c.nameKey, 0.85)) scores.add(id, 'nameFuzzy', line.counterpartyName);
        }
      }
    }
  }
  // A name written in the description ("EFT GELEN YILMAZ INSAAT LTD STI FT123"): every word of it there.
  const words = new Set(accentFreeWords(line.description));
  if (words.size === 0) return;
  const checked = new Set<number>();
  for (const w of words) {
    const ids = index.byWord.get(w);
    if (!ids || ids.length > COMMON_WORD) continue;
    for (const id of ids) {
      if (checked.has(id)) continue;
      checked.add(id);
      const c = index.customers.get(id)!;
      if (c.words.length >= 2 && c.words.every((cw) => words.has(cw))) scores.add(id, 'nameInText', c.title);
    }
  }
}

/** The amount equals something this customer owes: an invoice, the invoices named, an instalment, a promise, the overdue or open total. */
async function amountClue(
  index: MatchIndex,
  customerId: number,
  line: LineFacts,
  namedIds: number[],
): Promise<[MatchReasonCode, string] | null> {
  const open = await index.openItemsOf(customerId, line.currency);
  const named = namedIds.length > 0 ? open.among(namedIds).map((p) => open.at(p)) : [];
  if (named.length > 1 && named.reduce((a, i) => a + i.openAmount, 0) === line.amount) {
    const numbers: string[] = [];
    for (const i of named) numbers.push((await index.factsOf(i.id)).number);
    return ['amountInvoices', numbers.join(', ')];
  }
  if (named.length > 0) {
    const equal = named.find((i) => i.openAmount === line.amount);
    if (equal) return ['amountInvoice', (await index.factsOf(equal.id)).number];
  } else {
    const [equal] = open.withAmount(line.amount);
    if (equal !== undefined) return ['amountInvoice', (await index.factsOf(open.at(equal).id)).number];
  }
  if ((await index.instalmentRests(customerId, line.currency)).includes(line.amount)) return ['amountInstalment', ''];
  if ((await index.promiseAmounts(customerId, line.currency)).includes(line.amount)) return ['amountPromise', ''];
  if (open.overdue === line.amount) return ['amountOverdue', ''];
  if (open.count > 1 && open.total === line.amount) return ['amountOpenTotal', ''];
  return null;
}

/**
 * Scores every customer each line could be from and proposes what it pays for the best one. The same answer per
 * line as one at a time; what the lines look up next (open items of the customers they point at, invoices with
 * an amount for the lines with no clue who) is asked for all of them at once, one query each on a server.
 */
export async function matchLines(index: MatchIndex, lines: readonly LineFacts[]): Promise<LineMatch[]> {
  const scored: Scores[] = [];
  for (const line of lines) {
    const scores = new Scores();
    await identityClues(index, line, scores);
    scored.push(scores);
  }
  const wanted = new Map<string, { customers: Set<number>; amounts: Set<number> }>();
  for (const [i, line] of lines.entries()) {
    let w = wanted.get(line.currency);
    if (!w) wanted.set(line.currency, (w = { customers: new Set(), amounts: new Set() }));
    const { map } = scored[i]!;
    if (map.size === 0) w.amounts.add(line.amount);
    else for (const customerId of map.keys()) w.customers.add(customerId);
  }
  const amountOnly = new Map<string, Map<number, InvoiceHit[]>>();
  for (const [currency, w] of wanted) {
    await index.readOpenItems(w.customers, currency);
    amountOnly.set(currency, await index.fewWithOpenAmounts(currency, w.amounts, 3));
  }
  const matches: LineMatch[] = [];
  for (const [i, line] of lines.entries())
    matches.push(await rankLine(index, line, scored[i]!, amountOnly.get(line.currency)!.get(line.amount) ?? []));
  return matches;
}

/** One line: see `matchLines`. */
export async function matchLine(index: MatchIndex, line: LineFacts): Promise<LineMatch> {
  return (await matchLines(index, [line]))[0]!;
}

async function rankLine(index: MatchIndex, line: LineFacts, scores: Scores, fewWithAmount: InvoiceHit[]): Promise<LineMatch> {
  if (scores.map.size === 0) {
    // No clue who: an open invoice of exactly this amount is a (weak) lead when only a few have it.
    for (const hit of fewWithAmount) {
      scores.add(hit.customerId, 'amountOnly', hit.number);
      scores.map.get(hit.customerId)!.invoiceIds.push(hit.id);
    }
  } else {
    for (const [customerId, entry] of scores.map) {
      const clue = await amountClue(index, customerId, line, entry.invoiceIds);
      if (clue) scores.add(customerId, clue[0], clue[1]);
    }
  }
  const ranked = [...scores.map.entries()]
    .map(([customerId, e]) => ({ customerId, points: e.points, reasons: e.reasons, invoiceIds: e.invoiceIds }))
    .sort((a, b) => b.points - a.points || a.customerId - b.customerId);
  const candidates: MatchCandidate[] = ranked.slice(0, MAX_CANDIDATES).map((r, i) => {
    let confidence = Math.min(100, r.points);
    const rival = ranked[i === 0 ? 1 : 0];
    if (i === 0 && rival && rival.points > r.points - RIVAL_GAP) {
      confidence = Math.min(confidence, DOUBTFUL_CAP);
      r.reasons.push({ code: 'conflict', detail: index.customers.get(rival.customerId)?.title ?? '' });
    }
    const c = index.customers.get(r.customerId)!;
    return { customerId: r.customerId, customerCode: c.code, customerTitle: c.title, confidence, reasons: r.reasons };
  });
  const best = ranked[0];
  if (!best) return { customerId: null, confidence: 0, candidates: [], allocation: [] };
  return {
    customerId: best.customerId,
    confidence: candidates[0]!.confidence,
    candidates,
    allocation: await index.proposal(best.customerId, line.currency, line.amount, best.invoiceIds),
  };
}

/** The open invoices of this customer that the line's description names, in the order written. */
export async function namedInvoiceIds(index: MatchIndex, line: LineFacts, customerId: number): Promise<number[]> {
  const ids: number[] = [];
  for (const token of referenceTokens(line.description)) {
    if (token.length < 4) continue;
    const hit = await index.invoiceByNumber(token);
    if (hit && hit.customerId === customerId && hit.currency === line.currency && !ids.includes(hit.id)) ids.push(hit.id);
  }
  return ids;
}
