import { Alert, Code, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconPlayerStop } from '@tabler/icons-react';
import type { BatchResult } from '../../../src-shared/domain/statements/types';
import { useT } from '../../i18n/i18n-context';

/** What a finished or stopped batch wrote, where, and what failed and why. */
export function BatchSummary({ result }: { result: BatchResult }) {
  const t = useT();
  const cancelled = result.status === 'cancelled';
  return (
    <Stack gap="sm" data-testid="batch-summary">
      <Alert
        color={cancelled ? 'orange' : result.failed.length ? 'yellow' : 'teal'}
        icon={cancelled ? <IconPlayerStop size={18} /> : <IconCircleCheck size={18} />}
        title={t(cancelled ? 'statements.batch.cancelled' : 'statements.batch.done')}
      >
        <Stack gap={4}>
          <Text size="sm">
            {t('statements.batch.counts', {
              written: result.written.length,
              failed: result.failed.length,
              skipped: result.skipped,
              total: result.total,
            })}
          </Text>
          {result.path && result.written.length > 0 && (
            <Text size="sm">
              {t('statements.batch.where')} <Code style={{ wordBreak: 'break-all' }}>{result.path}</Code>
            </Text>
          )}
        </Stack>
      </Alert>
      {result.failed.length > 0 && (
        <Table striped withTableBorder data-testid="batch-failures">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.code')}</Table.Th>
              <Table.Th>{t('customers.legalName')}</Table.Th>
              <Table.Th>{t('statements.batch.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.failed.map((f) => (
              <Table.Tr key={f.customerId}>
                <Table.Td ff="monospace">{f.code}</Table.Td>
                <Table.Td>{f.title}</Table.Td>
                <Table.Td>{f.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
