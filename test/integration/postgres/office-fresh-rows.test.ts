import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { WRITER_LOCK } from '../../../src-main/store/postgres/writer-transaction';
import { testDatabaseUrl } from '../../support/pg-databases';
import { call, officePc } from '../../support/office-pcs';
import { tempDir } from '../../support/temp-dir';

/** A session of another tool on the office's database, as the server's administrator. */
async function session(office: string): Promise<pg.Client> {
  const client = new pg.Client(await testDatabaseUrl(office));
  await client.connect();
  return client;
}

/** Counts every write of the day markers of the kept figures and the risk segments (what a refresh ends with). */
const COUNT_MARKER_WRITES = `
  create table marker_writes (key text not null);
  create function count_marker_write() returns trigger language plpgsql as $$
  begin
    if new.key in ('customer_figures.day', 'riskRefreshedOn') then insert into marker_writes values (new.key); end if;
    return new;
  end $$;
  create trigger count_marker_write after insert or update on settings for each row execute function count_marker_write();`;

const within = <T>(ms: number, work: Promise<T>): Promise<T | 'waited'> =>
  Promise.race([work, new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), ms))]);

describe(`the customer list's derived rows on a server (on a PostgreSQL test cluster)`, () => {
  it('reads current figures without waiting for another PC that holds the writer lock', async () => {
    const office = tempDir();
    const pc = await officePc(office, { now: () => new Date(2026, 10, 23, 10, 0) });
    const customer = await call(pc, 'customers/create', { title: 'Anadolu Yapı Ltd. Şti.' });
    await call(pc, 'invoices/create', { customerId: customer.id, issueDate: '2026-10-01', total: 150_000 });
    await call(pc, 'customers/list', {}); // the day's refresh, done

    // Another PC is in the middle of a long write: it holds the company's writer lock.
    const other = await session(office);
    try {
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock($1)', [WRITER_LOCK]);
      const page = await within(5_000, call(pc, 'customers/list', {}));
      expect(page).not.toBe('waited');
      expect(page !== 'waited' && page.items.map((c) => [c.title, c.figures[0]?.balance])).toEqual([
        ['Anadolu Yapı Ltd. Şti.', 150_000],
      ]);
    } finally {
      await other.query('rollback');
      await other.end();
    }
  });

  it('refreshes a new day once when several PCs open the list at the same moment', async () => {
    const office = tempDir();
    let day = 23;
    const now = () => new Date(2026, 10, day, 10, 0);
    const [a, b] = [await officePc(office, { now }), await officePc(office, { now })];
    const customer = await call(a, 'customers/create', { title: 'Doğu Gıda A.Ş.' });
    await call(a, 'invoices/create', { customerId: customer.id, issueDate: '2026-11-01', dueDate: '2026-11-23', total: 90_000 });
    await call(a, 'customers/list', {});
    const admin = await session(office);
    try {
      await admin.query(COUNT_MARKER_WRITES);
      day = 24; // the invoice falls overdue with no write at all
      const pages = await Promise.all([a, b, a, b].map((pc) => call(pc, 'customers/list', {})));
      // Every PC sees the new day's figures whole, never the old ones or none.
      for (const page of pages) expect(page.items[0]?.figures[0]).toMatchObject({ balance: 90_000, overdue: 90_000 });
      const { rows } = await admin.query<{ key: string; n: string }>(
        'select key, count(*) as n from marker_writes group by key order by key',
      );
      expect(rows.map((r) => [r.key, Number(r.n)])).toEqual([
        ['customer_figures.day', 1],
        ['riskRefreshedOn', 1],
      ]);
    } finally {
      await admin.end();
    }
  });
});
