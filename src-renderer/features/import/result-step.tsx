import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { EfaturaResult, SheetCommitResult } from '../../../src-shared/domain/import/types';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';

const STATUS_COLOR = { imported: 'teal', skipped: 'gray', error: 'red' } as const;

function Links({ onAgain }: { onAgain(): void }) {
  const t = useT();
  return (
    <Group gap="sm">
      <Button onClick={onAgain} variant="default" data-testid="import-again">
        {t('import.again')}
      </Button>
      <Button component={Link} to="/customers" variant="light">
        {t('import.result.goCustomers')}
      </Button>
      <Button component={Link} to="/invoices" variant="light">
        {t('import.result.goInvoices')}
      </Button>
    </Group>
  );
}

function Cancelled({ onAgain }: { onAgain(): void }) {
  const t = useT();
  return (
    <Stack gap="md">
      <Alert color="orange" data-testid="import-result">
        {t('import.cancelled')}
      </Alert>
      <Links onAgain={onAgain} />
    </Stack>
  );
}

export function SheetResult({ result, onAgain }: { result: SheetCommitResult; onAgain(): void }) {
  const t = useT();
  const format = useFormatters();
  if (result.status === 'cancelled') return <Cancelled onAgain={onAgain} />;
  return (
    <Stack gap="md">
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('import.result.title')} data-testid="import-result">
        {t('import.result.summary', {
          created: format.number(result.created),
          updated: format.number(result.updated),
          skipped: format.number(result.skipped),
          invalid: format.number(result.invalidRows),
        })}
      </Alert>
      {result.backupFile && (
        <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {t('import.result.backup', { file: result.backupFile })}
        </Text>
      )}
      <Links onAgain={onAgain} />
    </Stack>
  );
}

export function EfaturaResultView({ result, onAgain }: { result: EfaturaResult; onAgain(): void }) {
  const t = useT();
  const format = useFormatters();
  if (result.status === 'cancelled') return <Cancelled onAgain={onAgain} />;
  return (
    <Stack gap="md">
      <Alert
        color={result.status === 'nothing_imported' ? 'red' : result.failed > 0 ? 'orange' : 'teal'}
        title={result.status === 'nothing_imported' ? t('import.efatura.nothingImported') : t('import.result.title')}
        data-testid="import-result"
      >
        {t('import.result.efatura', {
          imported: format.number(result.imported),
          skipped: format.number(result.skipped),
          failed: format.number(result.failed),
        })}
      </Alert>
      <Table.ScrollContainer minWidth={700}>
        <Table fz="sm" withTableBorder striped data-testid="efatura-results">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.efatura.col.file')}</Table.Th>
              <Table.Th>{t('import.efatura.col.status')}</Table.Th>
              <Table.Th>{t('import.efatura.col.number')}</Table.Th>
              <Table.Th>{t('import.efatura.col.customer')}</Table.Th>
              <Table.Th>{t('import.efatura.col.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.files.map((file) => (
              <Table.Tr key={file.file}>
                <Table.Td style={{ wordBreak: 'break-word' }}>{file.file}</Table.Td>
                <Table.Td miw={110}>
                  <Badge color={STATUS_COLOR[file.status]} variant="light" style={{ overflow: 'visible' }}>
                    {t(`import.efatura.status.${file.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{file.number ?? t('common.none')}</Table.Td>
                <Table.Td>{file.customerTitle ?? t('common.none')}</Table.Td>
                <Table.Td>{file.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Links onAgain={onAgain} />
    </Stack>
  );
}
