import { describe, expect, it } from 'vitest';
import { OpenItems, type InvoiceFacts } from './open-items';
import { proposeAllocation } from './propose-allocation';

// Given out of order: OpenItems sorts by due date, then id.
const open = new OpenItems(
  [
    { id: 4, dueDate: '2026-12-20', openAmount: 400 },
    { id: 1, dueDate: '2026-10-31', openAmount: 100 },
    { id: 3, dueDate: '2026-11-30', openAmount: 300 },
    { id: 2, dueDate: '2026-11-30', openAmount: 300 },
    { id: 5, dueDate: '2027-01-31', openAmount: 500 },
  ],
  '2026-12-04',
);

/** Invoice 2 is disputed; every read is counted. */
function facts() {
  const asked: number[] = [];
  const factsOf = async (id: number): Promise<InvoiceFacts> => {
    asked.push(id);
    return { number: `FT${id}`, openDisputes: id === 2 ? 1 : 0 };
  };
  return { asked, factsOf };
}

const paid = (lines: { invoiceId: number; amount: number }[]) => lines.map((l) => [l.invoiceId, l.amount]);

describe('open items and the proposed allocation', () => {
  it('keeps oldest due first with overdue and open totals', () => {
    expect([0, 1, 2, 3, 4].map((p) => open.at(p).id)).toEqual([1, 2, 3, 4, 5]);
    expect(open.at(1)).toEqual({ id: 2, dueDate: '2026-11-30', openAmount: 300 });
    expect(open.overdue).toBe(700);
    expect(open.total).toBe(1600);
    expect([...open.withAmount(300)]).toEqual([1, 2]);
    expect(open.among([5, 9, 1, 5])).toEqual([0, 4]);
  });

  it('pays the named invoices first in the order written, then the oldest, skipping a disputed one', async () => {
    const { factsOf } = facts();
    const lines = await proposeAllocation(open, 1000, [5, 2, 4], factsOf);
    expect(paid(lines)).toEqual([
      [5, 500],
      [4, 400],
      [1, 100],
    ]);
    expect(lines[0]).toMatchObject({ invoiceNumber: 'FT5', dueDate: '2027-01-31', openAmount: 500 });
  });

  it('takes the undisputed invoice of equal amount, and reads only the invoices the walk reaches', async () => {
    const { asked, factsOf } = facts();
    expect(paid(await proposeAllocation(open, 300, [], factsOf))).toEqual([[3, 300]]);
    expect([...new Set(asked)].sort()).toEqual([2, 3]);
  });

  it('leaves what is more than everything owed as credit', async () => {
    const { factsOf } = facts();
    const lines = await proposeAllocation(open, 5000, [], factsOf);
    expect(paid(lines)).toEqual([
      [1, 100],
      [3, 300],
      [4, 400],
      [5, 500],
    ]);
  });
});
