import { sql, type RawBuilder } from 'kysely';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { TodayItem } from '../../../src-shared/domain/today/types';
import { CURRENCIES } from '../../../src-shared/money/currency';
import { daysBetween } from '../../store/dialect/dates';
import { jsonIds } from '../../store/dialect/json';
import { asReal } from '../../store/dialect/scalars';
import { inByteOrder } from '../../store/dialect/text-patterns';
import { firstByScore, scoreTails } from '../../store/dialect/top-rows';
import type { Db } from '../../store/schema';
import { CHASE_COLUMN } from '../customers/customer-chase';

export const RISK_WEIGHT: Record<RiskSegment, number> = { A: 1, B: 2, C: 3, D: 4 };
/** A customer with no ledger yet has no segment: a neutral B. */
export const NEUTRAL: RiskSegment = 'B';

/** What a row shows of its customer: who they are and what there is to chase in each currency. */
export type Shown = Pick<TodayItem, 'customerCode' | 'customerTitle' | 'phone' | 'email' | 'overdue'>;

/** Currencies in code order: the order a row shows its amounts in. */
const SHOWN_CURRENCIES = [...CURRENCIES].sort();

/** What the order takes from a customer's part to chase, and what its row shows. */
export interface Overdue {
  customerId: number;
  daysOverdue: number;
  /**
   * Its shares of the company's amount to chase in each currency, added up (never the amounts: 1 USD is not 1 TL).
   * A customer owing half of all overdue lira and nothing else weighs 0.5.
   */
  share: number;
  segment: RiskSegment;
  shown: Shown;
}

/** Who owes, as the ranking needs them. */
export interface Owing {
  /** Those asked for by id (with a task due, or a broken promise) who have something to chase. */
  named: Overdue[];
  /** The best `top` of the others (on a server with every row tying with the last), by score. */
  ranked: (Overdue & { score: number })[];
  /** How many the others are. */
  others: number;
}

/** Archived customers are left out through their index (usually empty), not by reading every customer row. */
const notArchived = sql`not exists (select 1 from customers c where c.id = k.customer_id and c.archived_at is not null)`;

/**
 * Who has something to chase (overdue, undisputed, in no active plan) and is not archived, from the kept row per
 * customer (`customer_chase`, written with the figures; `today/list` declares them fresh): each currency's share
 * of the company's amount to chase added up in a fixed order, and the oldest due day. The `named` customers are
 * read by id; of the others, but the `excluded`, SQL ranks the best `top` (the score of `rank`, in the same order
 * of operations; ties by the key in code-unit order) and counts them: a few hundred rows, not ten thousand.
 * Segments and archiving change only with an audited write or a new day: a ledger write works its customers'
 * segments out (a bulk write's and a new day's are worked out before this query, `fresh`).
 */
export async function owingCustomers(
  db: Db,
  today: string,
  who: { named: readonly number[]; excluded: readonly number[] },
  top: number,
): Promise<Owing> {
  const columns = CURRENCIES.map((c) => CHASE_COLUMN[c]);
  const share = sql.join(
    columns.map((c) => sql`case when k.${sql.ref(c)} > 0 then ${asReal(sql.ref(`k.${c}`))} / t.${sql.ref(c)} else 0 end`),
    sql` + `,
  );
  const owing = (where: RawBuilder<unknown>) => sql`
    select k.customer_id, ${daysBetween(db, sql`k.oldest_due`, sql`${today}`)} as days, ${share} as share, r.segment,
      ${sql.join(columns.map((c) => sql`k.${sql.ref(c)}`))}
    from customer_chase k cross join t left join customer_risk r on r.customer_id = k.customer_id
    where ${notArchived} and ${where}`;
  const weight = sql.join(
    Object.entries(RISK_WEIGHT).map(([segment, w]) => sql`when ${segment} then ${sql.lit(w)}`),
    sql` `,
  );
  const score = sql`(case coalesce(g.segment, ${NEUTRAL}) ${weight} end * g.share * 100 * g.days)`;
  const excluded = jsonIds(db, who.excluded, 'wx');
  const tails = scoreTails(db, top, inByteOrder(db, sql`cast(g.customer_id as text)`));
  return firstByScore(tails, top, async (tail) => {
    const shown = sql`c.code, c.title, c.phone, c.email, ${sql.join(columns.map((c) => sql.ref(`x.${c}`)))}`;
    const { rows } = await sql<
      {
        customer_id: number | null;
        days: number;
        share: number;
        segment: RiskSegment | null;
        score: number | null;
        n: number;
        code: string;
        title: string;
        phone: string;
        email: string;
      } & Record<(typeof columns)[number], number>
    >`
      with t as (select ${sql.join(columns.map((c) => sql`${asReal(sql`sum(${sql.ref(c)})`)} as ${sql.ref(c)}`))} from customer_chase)
      select x.customer_id, x.days, x.share, x.segment, null as score, 0 as n, ${shown}
      from (${owing(sql`k.customer_id in ${jsonIds(db, who.named, 'wn')}`)}) x join customers c on c.id = x.customer_id
      union all
      select x.customer_id, x.days, x.share, x.segment, x.score, 1 as n, ${shown} from (
        select g.*, ${score} as score from (${owing(sql`k.customer_id not in ${excluded}`)}) g
        order by ${score} desc ${tail}
      ) x join customers c on c.id = x.customer_id
      union all
      select null, null, null, null, null, count(*), ${sql.join(Array.from({ length: 4 + columns.length }, () => sql`null`))}
      from customer_chase k where ${notArchived} and k.customer_id not in ${excluded}`.execute(db);
    const result: Owing = { named: [], ranked: [], others: 0 };
    for (const r of rows) {
      if (r.customer_id === null) {
        result.others = Number(r.n);
        continue;
      }
      const row = {
        customerId: r.customer_id,
        daysOverdue: Math.round(Number(r.days)),
        share: Number(r.share),
        segment: r.segment ?? NEUTRAL,
        shown: {
          customerCode: r.code,
          customerTitle: r.title,
          phone: r.phone,
          email: r.email,
          overdue: SHOWN_CURRENCIES.map((currency) => ({ currency, amount: Number(r[CHASE_COLUMN[currency]]) })).filter(
            (o) => o.amount > 0,
          ),
        },
      };
      if (r.score === null) result.named.push(row);
      else result.ranked.push({ ...row, score: Number(r.score) });
    }
    return result;
  });
}
