import { addDays } from '../../../src-shared/dates/business-date';
import { CALL_OUTCOMES, DISPUTE_REASONS, type DisputeReason } from '../../../src-shared/domain/collections/schemas';
import type { DemoRows } from './demo-rows';
import type { Random } from './random';

/** An invoice the demo may build a collection story on: still open, or paid by one payment. */
export interface DemoInvoice {
  id: number;
  customerId: number;
  currency: string;
  issue: string;
  due: string;
  open: number;
  /** The payment that paid it (open = 0), its day and amount. */
  paidOn: string | null;
  paid: number;
}

export interface CollectionsSummary {
  disputes: number;
  promises: number;
  activities: number;
}

/** What a customer says when disputing for each reason. */
const DISPUTE_NOTES: Record<DisputeReason, string> = {
  price: 'Birim fiyat teklifteki fiyattan yüksek',
  quantity: 'Teslim edilen miktar irsaliyeyle tutmuyor',
  quality: 'Kolilerin bir kısmı hasarlı geldi',
  not_received: 'Malın bir kısmı henüz teslim alınmadı',
  duplicate: 'Aynı sevkiyat iki kez faturalanmış',
  terms: 'Vade 60 gün olarak anlaşılmıştı',
  other: 'Muhasebe faturayı sisteminde bulamıyor',
};
const CALL_SUMMARIES = ['Muhasebe arandı', 'Satın alma müdürüyle görüşüldü', 'Vadesi geçen faturalar hatırlatıldı'];
/** A time in office hours of that day; today, a little before now (a log is of what already happened). */
const at = (day: string, r: Random, today: string, now: string): string =>
  day >= today
    ? new Date(Date.parse(now) - r.int(5, 90) * 60_000).toISOString()
    : `${day}T${String(r.int(6, 14)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`;
const earliest = (a: string, b: string): string => (a < b ? a : b);

/**
 * What a collections desk has on file after two years: disputes on some open invoices (most still open,
 * some rejected), promises to pay — kept ones on invoices that were paid, broken or pending ones on invoices
 * that are still open — and the calls, emails and notes around them. Kept/broken are derived from the
 * payments on read, so the stories only need plausible dates. Open disputes count on their invoice.
 */
export function demoCollections(rows: DemoRows, r: Random, today: string, now: string) {
  const summary: CollectionsSummary = { disputes: 0, promises: 0, activities: 0 };
  const activity = (inv: DemoInvoice, kind: string, day: string, text: string, outcome: string | null, body = '') => {
    rows.add('activities', {
      customer_id: inv.customerId,
      kind,
      occurred_at: at(day, r, today, now),
      summary: text,
      body,
      outcome,
      invoice_id: inv.id,
      created_at: now,
    });
    summary.activities += 1;
  };
  const promise = (inv: DemoInvoice, amount: number, promisedDate: string, note: string, madeOn: string) => {
    rows.add('promises', {
      customer_id: inv.customerId,
      currency: inv.currency,
      amount,
      promised_date: promisedDate,
      note,
      made_on: madeOn,
      status: 'pending',
      settled_on: null,
      created_at: now,
    });
    summary.promises += 1;
  };

  /** Called once per invoice as it is written; most get no story. */
  const add = (inv: DemoInvoice): void => {
    if (inv.open > 0 && r.chance(0.03)) {
      const opened = earliest(today, addDays(inv.issue, r.int(3, 20)));
      const rejected = r.chance(0.3) && opened < today;
      const reason = r.pick(DISPUTE_REASONS);
      const note = DISPUTE_NOTES[reason];
      rows.add('disputes', {
        invoice_id: inv.id,
        customer_id: inv.customerId,
        reason,
        amount: Math.max(1, Math.round(inv.open * r.pick([0.1, 0.25, 0.5, 1]))),
        note,
        status: rejected ? 'rejected' : 'open',
        opened_on: opened,
        resolved_on: rejected ? earliest(today, addDays(opened, r.int(5, 20))) : null,
        resolution_note: rejected ? 'İrsaliye ve teslim tutanağı imzalı; itiraz yerinde görülmedi' : '',
        credit_note_id: null,
        created_at: now,
      });
      if (!rejected) rows.countDispute(inv.id);
      summary.disputes += 1;
      activity(inv, 'call', opened, 'Müşteri faturaya itiraz etti', 'disputed', note);
    } else if (inv.open > 0 && inv.due < today && r.chance(0.12)) {
      // Asked after the due day; broken when the day passed without money, pending while it is ahead.
      const madeOn = earliest(today, addDays(inv.due, r.int(5, 40)));
      const promised = addDays(madeOn, r.int(3, 21));
      promise(inv, inv.open, promised, 'Telefonda söz verildi', madeOn);
      activity(inv, 'call', madeOn, r.pick(CALL_SUMMARIES), 'promised');
      if (r.chance(0.5)) activity(inv, 'call', earliest(today, addDays(promised, 2)), 'Söz hatırlatıldı', 'no_answer');
    } else if (inv.paidOn && inv.paidOn > inv.due && r.chance(0.02)) {
      // A late payer who promised and then paid by the promised day: kept.
      const madeOn = addDays(inv.paidOn, -r.int(2, 10));
      if (madeOn < inv.issue) return;
      promise(inv, inv.paid, addDays(inv.paidOn, r.int(0, 5)), '', madeOn);
      activity(inv, 'call', madeOn, r.pick(CALL_SUMMARIES), 'promised');
    } else if (inv.open > 0 && inv.due < today && r.chance(0.05)) {
      const day = earliest(today, addDays(inv.due, r.int(1, 30)));
      if (r.chance(0.5)) activity(inv, 'email', day, 'Hesap ekstresi ve vadesi geçen fatura e-postayla gönderildi', null);
      else activity(inv, 'call', day, r.pick(CALL_SUMMARIES), r.pick(CALL_OUTCOMES.filter((o) => o !== 'promised')));
    }
  };
  return { add, summary };
}
