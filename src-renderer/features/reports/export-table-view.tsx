import { Paper, Table, Text } from '@mantine/core';
import type { ExportCell, ExportColumn, ExportTable } from '../../components/export/report-table';
import { useFormatters, type Formatters } from '../../i18n/formatters';

const formatCell = (value: ExportCell, column: ExportColumn, format: Formatters): string => {
  if (value === null) return '';
  if (typeof value === 'string') return column.kind === 'date' ? format.date(value) : value;
  switch (column.kind) {
    case 'money':
      return format.money(value, column.currency ?? 'TRY');
    case 'percent':
      return format.percent(Math.round(value * 1000) / 10);
    default:
      return format.number(value);
  }
};

/**
 * A short report table (a few dozen rows) drawn from the very table the exports write, so screen, CSV and
 * Excel cannot disagree. Numbers right-aligned with digits of equal width; the totals row in bold.
 */
export function ExportTableView({ table, testId }: { table: ExportTable; testId: string }) {
  const format = useFormatters();
  const align = (column: ExportColumn) => (column.kind === 'text' || column.kind === 'date' ? 'left' : 'right');
  const cells = (row: ExportCell[]) =>
    row.map((value, i) => (
      <Table.Td key={i} ta={align(table.columns[i]!)} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {formatCell(value, table.columns[i]!, format)}
      </Table.Td>
    ));
  return (
    // No overflow of its own: the page's scroller holds it, so the header and totals stick to that scroller's edges.
    <Paper withBorder radius="md" data-testid={testId}>
      <Text fw={600} px="md" pt="sm" pb={4}>
        {table.title}
      </Text>
      <Table striped highlightOnHover verticalSpacing={6} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column) => (
              <Table.Th key={column.header} ta={align(column)}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, i) => (
            <Table.Tr key={i} data-testid={`${testId}-row`}>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {table.totals && (
          <Table.Tfoot style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-gray-0)' }}>
            <Table.Tr fw={700} data-testid={`${testId}-total`}>
              {cells(table.totals)}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Paper>
  );
}
