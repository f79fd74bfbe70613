import { Stack, Table } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { LoadMore } from './load-more';
import { QueryBody } from './query-body';

interface PagedTableProps<Row> {
  /** A keyset infinite query whose pages carry `items`. */
  query: UseInfiniteQueryResult<InfiniteData<{ items: Row[] }>>;
  emptyText: string;
  /** Buttons under the empty sentence: the next step from an empty list. */
  emptyActions?: ReactNode;
  testId: string;
  minWidth: number;
  head: ReactNode;
  row: (row: Row) => ReactNode;
}

/** A table of a paged list: skeleton, error with retry, empty sentence, the rows, and "show more". */
export function PagedTable<Row>({ query, emptyText, emptyActions, testId, minWidth, head, row }: PagedTableProps<Row>) {
  const t = useT();
  const items = query.data?.pages.flatMap((page) => page.items);
  return (
    <QueryBody
      query={{ ...query, data: items }}
      errorTitle={t('common.errorTitle')}
      emptyText={emptyText}
      emptyActions={emptyActions}
      isEmpty={(rows) => rows.length === 0}
      testId={testId}
      rows={5}
    >
      {(rows) => (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={minWidth}>
            <Table verticalSpacing="sm" highlightOnHover data-testid={`${testId}-table`}>
              <Table.Thead>
                <Table.Tr>{head}</Table.Tr>
              </Table.Thead>
              <Table.Tbody>{rows.map(row)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore query={query} testId={`${testId}-load-more`} />
        </Stack>
      )}
    </QueryBody>
  );
}
