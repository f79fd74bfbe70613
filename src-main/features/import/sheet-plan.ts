import { REQUIRED_FIELDS, type SheetKind } from '../../../src-shared/domain/import/fields';
import type { ColumnMapping } from '../../../src-shared/domain/import/schemas';
import { ISSUE_LIMIT, type RowIssue, type SheetReport } from '../../../src-shared/domain/import/types';
import { translate } from '../../../src-shared/i18n/translate';
import { fieldError } from '../../core/errors';
import type { ImportJob } from './import-jobs';
import type { SheetTable } from './sheet-table';
import { rowChecker, type PlannedWrite, type RowCheckContext } from './sheet-rows';

/** Rows whose lookups are read together (one query per kind of lookup on a server). */
const PREFETCH_ROWS = 500;

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

export interface SheetPlan {
  report: SheetReport;
  writes: PlannedWrite[];
}

/**
 * Reads and checks every row before anything is written: the report lists each problem by row and column,
 * and the plan holds what the valid rows will write.
 */
export async function planSheet(
  table: SheetTable,
  kind: SheetKind,
  mapping: ColumnMapping,
  rc: RowCheckContext,
  job: ImportJob,
): Promise<SheetPlan | null> {
  const missing = REQUIRED_FIELDS[kind].find((field) => mapping[field] === undefined);
  if (missing) {
    throw fieldError(rc.language, 'validation', ['mapping', missing], 'import.error.unmapped', {
      field: translate(rc.language, `import.field.${missing}`),
    });
  }
  const check = rowChecker(kind, mapping, rc);
  const issues: RowIssue[] = [];
  const writes: PlannedWrite[] = [];
  let issueCount = 0;
  let totalRows = 0;
  let invalidRows = 0;
  let duplicateRows = 0;
  const total = table.approxRows;
  for (const chunk of chunks(table.rows(), PREFETCH_ROWS)) {
    await check.prefetch(chunk.map((r) => r.cells));
    for (const { row, cells } of chunk) {
      totalRows += 1;
      const outcome = await check(row, cells);
      if (outcome.problems.length > 0) {
        invalidRows += 1;
        for (const p of outcome.problems) {
          issueCount += 1;
          if (issues.length >= ISSUE_LIMIT) continue;
          const column = mapping[p.field];
          issues.push({
            row,
            column: column === undefined ? p.field : (table.headers[column] ?? p.field),
            key: p.key,
            ...(p.params ? { params: p.params } : {}),
            message: translate(rc.language, p.key, p.params),
          });
        }
      }
      if (outcome.duplicate) duplicateRows += 1;
      if (outcome.write) writes.push(outcome.write);
      await job.tick('validate', totalRows, Math.max(total, totalRows));
      if (job.cancelled) return null;
    }
  }
  return {
    report: { kind, totalRows, validRows: writes.length, invalidRows, duplicateRows, issues, issueCount },
    writes,
  };
}
