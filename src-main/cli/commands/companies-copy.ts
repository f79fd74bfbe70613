import { maskDatabaseUrl } from '../../store/database-url';
import type { CopyReport } from '../../store/copy/copy-company';
import { copyCompanyBetween } from '../../store/copy/copy-locations';
import { UsageError } from '../cli-error';

export interface CompaniesCopyOptions {
  from: string | undefined;
  to: string | undefined;
  dataDir: string;
  json: boolean;
}

/** `vade companies copy --from <file|url> --to <file|url>`: the whole company, checked; the report on stdout. */
export async function companiesCopyCommand(action: string | undefined, options: CompaniesCopyOptions): Promise<string> {
  if (action !== 'copy') throw new UsageError(`Unknown companies command "${action ?? ''}": vade companies copy --from … --to …`);
  if (!options.from || !options.to)
    throw new UsageError('Give both ends: --from <company file | postgres://…> --to <file | postgres://…>');
  let shown = '';
  const report = await copyCompanyBetween(options.from, options.to, {
    dataDir: options.dataDir,
    onProgress: (table, copied, total) => {
      if (total === 0) return;
      const line = `\r${table}: ${copied}/${total}`;
      process.stderr.write(line.padEnd(shown.length));
      shown = line;
    },
  });
  if (shown) process.stderr.write('\r'.padEnd(shown.length + 1) + '\r');
  return options.json ? JSON.stringify(report, null, 2) : describeCopy(report);
}

/** The report as a few lines: both ends, the rows of the tables that have any, and the money per currency. */
export function describeCopy(report: CopyReport): string {
  const rows = Object.entries(report.rows)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `  ${table.padEnd(28)} ${n}`);
  const money = ['invoices.total', 'invoices.open_amount', 'payments.amount', 'payments.unallocated', 'allocations.amount']
    .filter((column) => report.money[column] && Object.keys(report.money[column]).length > 0)
    .map((column) => {
      const totals = Object.entries(report.money[column]!)
        .map(([currency, minor]) => `${(minor / 100).toFixed(2)} ${currency}`)
        .join(', ');
      return `  ${column.padEnd(28)} ${totals}`;
    });
  return [
    `Copied ${report.totalRows} rows from ${maskDatabaseUrl(report.from.label)} (${report.from.kind}) to ${maskDatabaseUrl(report.to.label)} (${report.to.kind}) in ${(report.milliseconds / 1000).toFixed(1)} s; rows and money per currency checked at both ends.`,
    'Rows:',
    ...rows,
    'Money:',
    ...money,
  ].join('\n');
}
