import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

type Seed = readonly [date: string, name: string, kind: 'public' | 'half_day'];

const FIXED: readonly [monthDay: string, name: string, kind: 'public' | 'half_day'][] = [
  ['01-01', 'Yılbaşı', 'public'],
  ['04-23', 'Ulusal Egemenlik ve Çocuk Bayramı', 'public'],
  ['05-01', 'Emek ve Dayanışma Günü', 'public'],
  ['05-19', "Atatürk'ü Anma, Gençlik ve Spor Bayramı", 'public'],
  ['07-15', 'Demokrasi ve Millî Birlik Günü', 'public'],
  ['08-30', 'Zafer Bayramı', 'public'],
  ['10-28', 'Cumhuriyet Bayramı arifesi', 'half_day'],
  ['10-29', 'Cumhuriyet Bayramı', 'public'],
];

/** A bayram: its half-day arife, then `days` days of holiday. Dates as published by Diyanet. */
const bayram = (name: string, arife: string, days: readonly string[]): Seed[] => [
  [arife, `${name} arifesi`, 'half_day'],
  ...days.map((date, i): Seed => [date, `${name} ${i + 1}. gün`, 'public']),
];

/**
 * Turkish public holidays of 2026–2028, so business-day moves (plans, the protest deadline, reminders) work
 * out of the box. These are seed rows only: the list is edited in Settings → Holidays (a bayram date the
 * government moves, a bridge day, the company's own closures), and later years are added there.
 * Religious holidays follow Diyanet's calendar (2026 published; 2027–2028 from its long-range calendar).
 */
const SEED: readonly Seed[] = [
  ...[2026, 2027, 2028].flatMap((year) => FIXED.map(([md, name, kind]): Seed => [`${year}-${md}`, name, kind])),
  ...bayram('Ramazan Bayramı', '2026-03-19', ['2026-03-20', '2026-03-21', '2026-03-22']),
  ...bayram('Kurban Bayramı', '2026-05-26', ['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30']),
  ...bayram('Ramazan Bayramı', '2027-03-09', ['2027-03-10', '2027-03-11', '2027-03-12']),
  ...bayram('Kurban Bayramı', '2027-05-15', ['2027-05-16', '2027-05-17', '2027-05-18', '2027-05-19']),
  ...bayram('Ramazan Bayramı', '2028-02-26', ['2028-02-27', '2028-02-28', '2028-02-29']),
  ...bayram('Kurban Bayramı', '2028-05-04', ['2028-05-05', '2028-05-06', '2028-05-07', '2028-05-08']),
];

/**
 * Seeds the holiday list, links a plan to the vade farkı invoice it issued (see plans/plan-interest.ts) so the
 * plan shows its interest apart, and keeps each plan's dated status changes for the customer's timeline.
 */
export const m0011: Migration = {
  version: 11,
  name: 'holiday-seed-and-plan-events',
  async up(db: Kysely<unknown>) {
    for (const [date, name, kind] of SEED) {
      await sql`insert or ignore into holidays (date, name, kind) values (${date}, ${name}, ${kind})`.execute(db);
    }
    await sql`alter table payment_plans add column interest_invoice_id integer references invoices (id)`.execute(db);
    // A plan's status changes, dated, so the timeline keeps "broken" after the plan is replanned.
    await sql`create table plan_events (
      id integer primary key,
      plan_id integer not null references payment_plans (id),
      customer_id integer not null references customers (id),
      event text not null check (event in ('created', 'active', 'completed', 'broken', 'replanned', 'cancelled')),
      date text not null,
      created_at text not null
    ) strict`.execute(db);
    await sql`create index plan_events_timeline on plan_events (customer_id, (date || substr(created_at, 11)))`.execute(db);
  },
};
