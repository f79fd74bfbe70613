import { Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { RowIssue } from '../../../src-shared/domain/import/types';
import { isMessageKey } from '../../../src-shared/i18n/translate';
import { useT } from '../../i18n/i18n-context';

const ROW_HEIGHT = 36;
const MAX_HEIGHT = 420;

/** The validation report: one line per problem (row, column, what is wrong), only the visible lines drawn. */
export function IssueTable({ issues }: { issues: readonly RowIssue[] }) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands out fresh functions on every render; the compiler skipping this component is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: issues.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} style={{ maxHeight: MAX_HEIGHT, overflowY: 'auto' }} data-testid="import-issues">
      <Table fz="sm" withTableBorder stickyHeader layout="fixed">
        <colgroup>
          <col style={{ width: 80 }} />
          <col style={{ width: 220 }} />
          <col />
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.report.row')}</Table.Th>
            <Table.Th>{t('import.report.column')}</Table.Th>
            <Table.Th>{t('import.report.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && <tr style={{ height: padTop }} />}
          {items.map((item) => {
            const issue = issues[item.index]!;
            return (
              <Table.Tr key={item.key} h={ROW_HEIGHT} data-testid="import-issue">
                <Table.Td>{issue.row}</Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {issue.column}
                  </Text>
                </Table.Td>
                <Table.Td>{isMessageKey(issue.key) ? t(issue.key, issue.params) : issue.message}</Table.Td>
              </Table.Tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
