import { describe, expect, it } from 'vitest';
import { CHEQUE_STATUSES, type ChequeKind, type ChequeStatus } from '../../../src-shared/domain/cheques/lifecycle';
import { storeSql } from '../../support/store-sql';
import { call, refused } from '../../support/test-backend';
import { portfolio, today } from './cheque-setup';

/** The issue's graph written out by hand, so a change to the constant has to be made twice on purpose. */
const EXPECTED: Record<ChequeKind, Record<ChequeStatus, ChequeStatus[]>> = {
  cheque: {
    portfolio: ['at_bank', 'collateral', 'collected', 'endorsed', 'returned', 'bounced'],
    at_bank: ['portfolio', 'collected', 'bounced'],
    collateral: ['portfolio', 'collected', 'bounced'],
    endorsed: ['bounced'],
    bounced: ['legal', 'returned'],
    protested: ['legal', 'returned'],
    collected: [],
    returned: [],
    legal: [],
  },
  note: {
    portfolio: ['at_bank', 'collateral', 'collected', 'endorsed', 'returned', 'protested'],
    at_bank: ['portfolio', 'collected', 'protested'],
    collateral: ['portfolio', 'collected', 'protested'],
    endorsed: ['protested'],
    bounced: ['legal', 'returned'],
    protested: ['legal', 'returned'],
    collected: [],
    returned: [],
    legal: [],
  },
};

/** How to bring a new cheque or note to a state (only through allowed steps). */
const PATH: Record<ChequeKind, Partial<Record<ChequeStatus, ChequeStatus[]>>> = {
  cheque: {
    portfolio: [],
    at_bank: ['at_bank'],
    collateral: ['collateral'],
    collected: ['collected'],
    endorsed: ['endorsed'],
    returned: ['returned'],
    bounced: ['bounced'],
    legal: ['bounced', 'legal'],
  },
  note: {
    portfolio: [],
    at_bank: ['at_bank'],
    collateral: ['collateral'],
    collected: ['collected'],
    endorsed: ['endorsed'],
    returned: ['returned'],
    protested: ['protested'],
    legal: ['protested', 'legal'],
  },
};

describe('cheque lifecycle', () => {
  it('allows exactly the graph: every pair of states is allowed or refused with a field error', async () => {
    const { b, receive } = await portfolio();
    const step = (id: number, to: ChequeStatus) =>
      b.dispatch('cheques/transition', { id, to, date: today, counterparty: to === 'endorsed' ? 'Akdeniz Kumaş' : '' });
    let serial = 0;
    for (const kind of ['cheque', 'note'] as const) {
      for (const from of CHEQUE_STATUSES) {
        const path = PATH[kind][from];
        for (const to of CHEQUE_STATUSES) {
          if (!path) {
            // A cheque is never protested and a note never bounces: no path reaches that state.
            expect(EXPECTED[kind][from]).toEqual(EXPECTED[kind === 'cheque' ? 'note' : 'cheque'][from]);
            continue;
          }
          const cheque = await receive({ kind, serialNumber: `S-${(serial += 1)}` });
          for (const s of path) expect((await step(cheque.id, s)).ok).toBe(true);
          const result = await step(cheque.id, to);
          const shouldPass = EXPECTED[kind][from].includes(to);
          expect({ kind, from, to, ok: result.ok }).toEqual({ kind, from, to, ok: shouldPass });
          if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toEqual([['to']]);
          else expect((await call(b, 'cheques/get', { id: cheque.id })).status).toBe(to);
        }
      }
    }
    // The forecast's honour rate reads the count kept per status (migration 38): it followed every step.
    const q = storeSql(b);
    expect(await q.all('select status, count from cheques_by_status where count <> 0 order by 1')).toEqual(
      await q.all('select status, count(*) as count from cheques group by status order by 1'),
    );
  }, 120_000);

  it('keeps every step with its date and offers the next ones', async () => {
    const { b, receive } = await portfolio();
    const note = await receive({ kind: 'note', bank: '', serialNumber: 'SN-1' });
    expect(note.bank).toBe('');
    expect(note.next).toEqual(EXPECTED.note.portfolio);
    const atBank = await call(b, 'cheques/transition', { id: note.id, to: 'at_bank', date: today, counterparty: 'Garanti' });
    expect(atBank.history.map((e) => [e.from, e.to, e.date])).toEqual([
      [null, 'portfolio', today],
      ['portfolio', 'at_bank', today],
    ]);
    expect(atBank.next).toEqual(['portfolio', 'collected', 'protested']);
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const { b, customer, receive } = await portfolio();
    const base = {
      kind: 'cheque',
      customerId: customer.id,
      serialNumber: 'X1',
      drawer: 'Ege',
      issueDate: '2026-05-10',
      dueDate: '2026-05-01',
      amount: 500,
      receivedOn: today,
    };
    const bad = await refused(b, 'cheques/record', base);
    expect(bad.issues?.map((i) => i.path).sort()).toEqual([['bank'], ['dueDate']]);
    expect(bad.issues?.find((i) => i.path[0] === 'dueDate')?.key).toBe('cheques.validation.dueBeforeIssue');
    const future = await refused(b, 'cheques/record', {
      ...base,
      bank: 'Akbank',
      dueDate: '2026-06-01',
      receivedOn: '2099-01-01',
    });
    expect(future.issues?.map((i) => i.path)).toEqual([['receivedOn']]);

    const cheque = await receive();
    const endorse = await refused(b, 'cheques/transition', { id: cheque.id, to: 'endorsed', date: today });
    expect(endorse.issues?.map((i) => [i.path, i.key])).toEqual([[['counterparty'], 'cheques.validation.supplierRequired']]);
    const early = await refused(b, 'cheques/transition', { id: cheque.id, to: 'at_bank', date: '2020-01-01' });
    expect(early.issues?.map((i) => i.path)).toEqual([['date']]);
    const later = await refused(b, 'cheques/transition', { id: cheque.id, to: 'at_bank', date: '2099-01-01' });
    expect(later.issues?.map((i) => i.path)).toEqual([['date']]);
    const unchanged = await call(b, 'cheques/get', { id: cheque.id });
    expect([unchanged.status, unchanged.history.length]).toEqual(['portfolio', 1]);
    expect((await call(b, 'cheques/list', {})).items).toHaveLength(1);
  });
});
