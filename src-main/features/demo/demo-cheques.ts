import { addDays } from '../../../src-shared/dates/business-date';
import type { ChequeKind, ChequeStatus } from '../../../src-shared/domain/cheques/lifecycle';
import { BANKS, FIRST_NAMES, NAME_STEMS, SUPPLIERS } from './demo-names';
import type { DemoRows } from './demo-rows';
import type { Random } from './random';

/** A payment made by cheque or note, as the ledger build wrote it. */
export interface DemoChequePayment {
  paymentId: number;
  customerId: number;
  /** The customer's title and city: the usual drawer and place of issue. */
  drawer: string;
  city: string;
  kind: ChequeKind;
  receivedOn: string;
  amount: number;
  currency: string;
}

/** A step the handlers must take (it reverses the payment and reopens the debt): a bounce, a protest, what followed. */
export interface DemoChequeStep {
  chequeId: number;
  to: ChequeStatus;
  date: string;
  note: string;
}

export interface ChequesSummary {
  cheques: number;
}

/** Dishonoured papers are a handful in a real portfolio, whatever the size of the ledger. */
const MAX_DISHONOURED = 12;
const min = (a: string, b: string): string => (a < b ? a : b);
const max = (a: string, b: string): string => (a > b ? a : b);

/**
 * The cheques and promissory notes behind the demo's cheque and note payments: postdated, in every state a desk
 * sees — still in the portfolio, at the bank for collection, given as collateral, endorsed to a supplier, collected —
 * and a few dishonoured. Rows and their dated events are written here; the dishonours are returned as steps for
 * `cheques/transition`, whose payment reversal keeps the ledger's invariants.
 */
export function demoCheques(rows: DemoRows, r: Random, today: string, now: string) {
  const event = (
    chequeId: number,
    customerId: number,
    from: ChequeStatus | null,
    to: ChequeStatus,
    date: string,
    counterparty: string,
  ) =>
    rows.add('cheque_events', {
      cheque_id: chequeId,
      customer_id: customerId,
      from_status: from,
      to_status: to,
      date,
      note: '',
      counterparty,
      created_at: now,
    });
  const summary: ChequesSummary = { cheques: 0 };
  const steps: DemoChequeStep[] = [];
  let dishonoured = 0;

  const add = (p: DemoChequePayment): void => {
    const due = addDays(p.receivedOn, p.kind === 'cheque' ? r.int(20, 120) : r.int(30, 180));
    // Events after the receipt, each dated no earlier than the one before and never after today.
    const path: { to: ChequeStatus; date: string; counterparty: string }[] = [];
    const at = (to: ChequeStatus, date: string, counterparty = '') =>
      path.push({ to, date: max(path.at(-1)?.date ?? p.receivedOn, min(today, date)), counterparty });
    const toBank = addDays(due, -r.int(3, 10));
    const supplier = r.pick(SUPPLIERS);
    const endorseOn = addDays(p.receivedOn, r.int(1, 20));
    const draw = r.next();
    let dishonour: DemoChequeStep['to'] | null = null;
    if (due > today) {
      if (p.kind === 'cheque' && toBank <= today) at('at_bank', toBank, r.pick(BANKS));
      else if (draw < 0.12 && endorseOn <= today) at('endorsed', endorseOn, supplier);
      else if (draw < 0.18) at('collateral', addDays(p.receivedOn, 1), r.pick(BANKS));
    } else if (draw < 0.05 && dishonoured < MAX_DISHONOURED) {
      dishonoured += 1;
      if (p.kind === 'cheque') at('at_bank', toBank);
      dishonour = p.kind === 'cheque' ? 'bounced' : 'protested';
    } else if (draw < 0.17 && endorseOn < due) at('endorsed', endorseOn, supplier);
    else {
      if (p.kind === 'cheque') at('at_bank', toBank);
      at('collected', due);
    }
    const last = path.at(-1);
    const thirdParty = r.chance(0.25);
    const chequeId = rows.add('cheques', {
      kind: p.kind,
      customer_id: p.customerId,
      payment_id: p.paymentId,
      serial_number: p.kind === 'cheque' ? `${r.int(1000000, 9999999)}` : `SN-${r.int(10000, 99999)}`,
      bank: p.kind === 'cheque' ? r.pick(BANKS) : '',
      branch: p.kind === 'cheque' ? `${p.city} Şubesi` : '',
      drawer: thirdParty ? `${r.pick(FIRST_NAMES)} ${r.pick(NAME_STEMS)}` : p.drawer,
      endorsers: JSON.stringify(thirdParty ? [p.drawer] : []),
      issue_place: p.city,
      issue_date: addDays(p.receivedOn, -r.int(0, 5)),
      due_date: due,
      amount: p.amount,
      currency: p.currency,
      status: last?.to ?? 'portfolio',
      status_date: last?.date ?? p.receivedOn,
      counterparty: last?.counterparty ?? '',
      received_on: p.receivedOn,
      note: '',
      created_at: now,
    });
    event(chequeId, p.customerId, null, 'portfolio', p.receivedOn, '');
    let from: ChequeStatus = 'portfolio';
    for (const step of path) {
      event(chequeId, p.customerId, from, step.to, step.date, step.counterparty);
      from = step.to;
    }
    summary.cheques += 1;
    if (dishonour) {
      // Presented on its due day and refused; some go to court, some are handed back to the customer.
      const day = min(today, max(last?.date ?? p.receivedOn, due));
      steps.push({
        chequeId,
        to: dishonour,
        date: day,
        note: dishonour === 'bounced' ? 'Karşılıksız çıktı' : 'Ödenmedi, protesto edildi',
      });
      if (dishonoured % 3 === 0)
        steps.push({ chequeId, to: 'legal', date: min(today, addDays(day, 15)), note: 'Avukata devredildi' });
      else if (dishonoured % 4 === 1)
        steps.push({
          chequeId,
          to: 'returned',
          date: min(today, addDays(day, 10)),
          note: 'Borç ayrıca takip ediliyor, evrak müşteriye iade edildi',
        });
    }
  };
  return { add, steps, summary };
}
