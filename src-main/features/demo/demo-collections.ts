import type BetterSqlite3 from 'better-sqlite3';
import { addDays } from '../../../src-shared/dates/business-date';
import { CALL_OUTCOMES, DISPUTE_REASONS, type DisputeReason } from '../../../src-shared/domain/collections/schemas';
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
export function demoCollections(raw: BetterSqlite3.Database, r: Random, today: string, now: string) {
  const insertDispute = raw.prepare(`insert into disputes (invoice_id, customer_id, reason, amount, note, status, opened_on,
      resolved_on, resolution_note, credit_note_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)`);
  const countDispute = raw.prepare('update invoices set open_disputes = open_disputes + 1 where id = ?');
  const insertPromise = raw.prepare(`insert into promises (customer_id, currency, amount, promised_date, note, made_on, status,
      settled_on, created_at) values (?, ?, ?, ?, ?, ?, 'pending', null, ?)`);
  const insertActivity = raw.prepare(`insert into activities (customer_id, kind, occurred_at, summary, body, outcome, invoice_id,
      created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`);
  const summary: CollectionsSummary = { disputes: 0, promises: 0, activities: 0 };
  const activity = (inv: DemoInvoice, kind: string, day: string, text: string, outcome: string | null, body = '') => {
    insertActivity.run(inv.customerId, kind, at(day, r, today, now), text, body, outcome, inv.id, now);
    summary.activities += 1;
  };

  /** Called once per invoice as it is written; most get no story. */
  const add = (inv: DemoInvoice): void => {
    if (inv.open > 0 && r.chance(0.03)) {
      const opened = earliest(today, addDays(inv.issue, r.int(3, 20)));
      const rejected = r.chance(0.3) && opened < today;
      const reason = r.pick(DISPUTE_REASONS);
      const note = DISPUTE_NOTES[reason];
      insertDispute.run(
        inv.id,
        inv.customerId,
        reason,
        Math.max(1, Math.round(inv.open * r.pick([0.1, 0.25, 0.5, 1]))),
        note,
        rejected ? 'rejected' : 'open',
        opened,
        rejected ? earliest(today, addDays(opened, r.int(5, 20))) : null,
        rejected ? 'İrsaliye ve teslim tutanağı imzalı; itiraz yerinde görülmedi' : '',
        now,
      );
      if (!rejected) countDispute.run(inv.id);
      summary.disputes += 1;
      activity(inv, 'call', opened, 'Müşteri faturaya itiraz etti', 'disputed', note);
    } else if (inv.open > 0 && inv.due < today && r.chance(0.12)) {
      // Asked after the due day; broken when the day passed without money, pending while it is ahead.
      const madeOn = earliest(today, addDays(inv.due, r.int(5, 40)));
      const promised = addDays(madeOn, r.int(3, 21));
      insertPromise.run(inv.customerId, inv.currency, inv.open, promised, 'Telefonda söz verildi', madeOn, now);
      summary.promises += 1;
      activity(inv, 'call', madeOn, r.pick(CALL_SUMMARIES), 'promised');
      if (r.chance(0.5)) activity(inv, 'call', earliest(today, addDays(promised, 2)), 'Söz hatırlatıldı', 'no_answer');
    } else if (inv.paidOn && inv.paidOn > inv.due && r.chance(0.02)) {
      // A late payer who promised and then paid by the promised day: kept.
      const madeOn = addDays(inv.paidOn, -r.int(2, 10));
      if (madeOn < inv.issue) return;
      insertPromise.run(inv.customerId, inv.currency, inv.paid, addDays(inv.paidOn, r.int(0, 5)), '', madeOn, now);
      summary.promises += 1;
      activity(inv, 'call', madeOn, r.pick(CALL_SUMMARIES), 'promised');
    } else if (inv.open > 0 && inv.due < today && r.chance(0.05)) {
      const day = earliest(today, addDays(inv.due, r.int(1, 30)));
      if (r.chance(0.5)) activity(inv, 'email', day, 'Hesap ekstresi ve vadesi geçen fatura e-postayla gönderildi', null);
      else activity(inv, 'call', day, r.pick(CALL_SUMMARIES), r.pick(CALL_OUTCOMES.filter((o) => o !== 'promised')));
    }
  };
  return { add, summary };
}
