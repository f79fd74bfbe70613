import { useState } from 'react';
import { isBusinessDate } from '../../../../src-shared/dates/business-date';
import { monthlyOn } from '../../../../src-shared/domain/plans/propose';
import { checkSchedule } from '../../../../src-shared/domain/plans/schedule-check';
import type { ProposedRow } from '../../../../src-shared/domain/plans/types';
import type { MessageKey } from '../../../../src-shared/i18n/translate';

export interface EditorRow {
  key: number;
  kind: 'down_payment' | 'instalment';
  dueDate: string;
  /** Minor units; null while empty, NaN while the text is not an amount. */
  amount: number | null;
  movedFrom: string | null;
}

let nextKey = 1;
const keyed = (row: Omit<EditorRow, 'key'>): EditorRow => ({ ...row, key: nextKey++ });

const validAmount = (amount: number | null): amount is number => amount !== null && Number.isInteger(amount) && amount > 0;

/** The schedule table: rows the proposal fills and the user then edits, and what is wrong with them. */
export function useScheduleRows(total: number) {
  const [rows, setRows] = useState<EditorRow[]>([]);
  /** Whether the user changed a row by hand (then leaving asks first). */
  const [edited, setEdited] = useState(false);
  const edit = (change: (current: EditorRow[]) => EditorRow[]) => {
    setEdited(true);
    setRows(change);
  };

  const replaceWith = (proposed: readonly ProposedRow[]) => setRows(proposed.map((row) => keyed(row)));
  const update = (key: number, change: Partial<Pick<EditorRow, 'dueDate' | 'amount'>>) =>
    edit((current) => current.map((row) => (row.key === key ? { ...row, ...change, movedFrom: null } : row)));
  const remove = (key: number) => edit((current) => current.filter((row) => row.key !== key));

  const rowErrors = new Map<number, { dueDate?: MessageKey; amount?: MessageKey }>();
  rows.forEach((row) => {
    const errors: { dueDate?: MessageKey; amount?: MessageKey } = {};
    if (!isBusinessDate(row.dueDate)) errors.dueDate = 'validation.date';
    if (!validAmount(row.amount)) errors.amount = row.amount === null ? 'validation.required' : 'validation.minorUnits';
    if (errors.dueDate || errors.amount) rowErrors.set(row.key, errors);
  });
  const schedule = rows.map((row) => ({
    kind: row.kind,
    dueDate: row.dueDate,
    amount: validAmount(row.amount) ? row.amount : 0,
  }));
  const check = checkSchedule(schedule, total);
  for (const problem of check.problems) {
    const [, index, field] = problem.path;
    const row = typeof index === 'number' ? rows[index] : undefined;
    if (row && field === 'dueDate') rowErrors.set(row.key, { ...rowErrors.get(row.key), dueDate: problem.key });
  }

  /** A new row a month after the last, for what is still missing (if anything). */
  const add = () =>
    edit((current) => {
      const last = current.at(-1);
      const dueDate = last && isBusinessDate(last.dueDate) ? monthlyOn(last.dueDate, 1, Number(last.dueDate.slice(8, 10))) : '';
      return [...current, keyed({ kind: 'instalment', dueDate, amount: check.diff < 0 ? -check.diff : null, movedFrom: null })];
    });

  /** The last row's amount that makes the rows add up; null when there is none or it would not stay above zero. */
  const last = rows.at(-1);
  const lastFixed = last && check.diff !== 0 ? (validAmount(last.amount) ? last.amount : 0) - check.diff : null;
  const fixedLast = lastFixed !== null && lastFixed > 0 ? lastFixed : null;
  const fixLast = () => {
    if (last && fixedLast !== null) update(last.key, { amount: fixedLast });
  };

  return {
    rows,
    edited,
    replaceWith,
    update,
    remove,
    add,
    fixLast,
    canFixLast: fixedLast !== null,
    rowErrors,
    sum: check.sum,
    diff: check.diff,
    schedule,
  };
}
