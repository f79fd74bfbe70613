import { Alert, Button, Group, Modal, Progress, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../src-shared/contract/methods';
import type { CompanyFile } from '../../../src-shared/domain/companies/types';
import type { Currency } from '../../../src-shared/money/currency';
import { onEvent } from '../../api/client';
import { FormAlerts } from '../../forms/form-alerts';
import { useFormSave } from '../../forms/use-form-save';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useFormatters } from '../../i18n/formatters';
import { useI18n } from '../../i18n/i18n-context';
import { useCopyCompany, useServerSettings } from './queries';
import { useConnectionTest } from './use-connection-test';
import { ServerFields } from './server-fields';
import { serverFormValues, serverPathOf, toServerInput, validateServerForm } from './server-form-values';

type CopyResult = MethodOutput<'companies/copy'>;

interface CompanyCopyDialogProps {
  /** The open company: a file is copied to a server, a server company to a new file on this PC. */
  current: CompanyFile;
  onOpenCopy: (company: CompanyFile) => void;
  onClose: () => void;
}

/** Company menu → copy the open company to a server (or back to this PC), with progress and the check at the end. */
export function CompanyCopyDialog({ current, onOpenCopy, onClose }: CompanyCopyDialogProps) {
  const { t, language } = useI18n();
  const toServer = current.location === 'file';
  const settings = useServerSettings(current.id);
  const copy = useCopyCompany();
  const [jobId] = useState(() => `copy-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  const [progress, setProgress] = useState<{ table: string; done: number; total: number } | null>(null);
  const [result, setResult] = useState<CopyResult | null>(null);
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'companies/copy-progress' && event.jobId === jobId) setProgress(event);
      }),
    [jobId],
  );
  const { form, noteSubmitted } = useValidatedForm(
    {
      ...serverFormValues(null),
      // Named after its source, marked where it lives: the menu then never shows two companies of one name.
      name: `${current.name ?? current.id} (${t(toServer ? 'servers.copy.serverSuffix' : 'servers.copy.localSuffix')})`,
    },
    (values) =>
      toServer
        ? validateServerForm(values, null, language, t)
        : values.name.trim().length < 2
          ? { name: t('validation.tooShort', { min: 2 }) }
          : {},
  );
  const { root, submit, failure, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    pathOf: (path) => serverPathOf(path[0] === 'toServer' || path[0] === 'toCompany' ? path.slice(1) : path),
    save: (values) => {
      setProgress(null);
      return copy.mutateAsync(toServer ? { toServer: toServerInput(values, null), jobId } : { toCompany: { name: values.name.trim() }, jobId });
    },
    onSaved: setResult,
  });
  const connection = useConnectionTest(form, null);
  const title = t(toServer ? 'servers.copy.titleToServer' : 'servers.copy.titleToFile');
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" data-testid="company-copy">
      {result ? (
        <CopyReport result={result} onOpenCopy={onOpenCopy} onClose={onClose} />
      ) : (
        <form ref={root} onSubmit={submit} noValidate>
          <FormAlerts general={failure.general} hasFieldErrors={hasFieldErrors} />
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t(toServer ? 'servers.copy.explainToServer' : 'servers.copy.explainToFile')}
            </Text>
            {toServer ? (
              <>
                <ServerFields form={form} saved={null} secretStorage={settings.data?.secretStorage} {...connection} />
                <TextInput label={t('servers.copy.serverName')} {...form.getInputProps('name')} data-testid="copy-server-name" />
              </>
            ) : (
              <TextInput label={t('servers.copy.newName')} withAsterisk {...form.getInputProps('name')} data-testid="copy-name" />
            )}
            {copy.isPending && (
              <Stack gap={4} data-testid="copy-progress">
                <Progress value={progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0} animated />
                <Text size="xs" c="dimmed">
                  {progress
                    ? t('servers.copy.progress', { table: progress.table, done: progress.done, total: progress.total })
                    : '…'}
                </Text>
              </Stack>
            )}
          </Stack>
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={onClose} disabled={copy.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={copy.isPending} leftSection={<IconCopy size={16} />} data-testid="copy-start">
              {t('servers.copy.start')}
            </Button>
          </Group>
        </form>
      )}
    </Modal>
  );
}

/** What was copied and checked equal at both ends: rows per table and money per column and currency. */
function CopyReport({
  result,
  onOpenCopy,
  onClose,
}: {
  result: CopyResult;
  onOpenCopy: (c: CompanyFile) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const format = useFormatters();
  const tables = Object.entries(result.rows).filter(([, rows]) => rows > 0);
  const money = Object.entries(result.money).flatMap(([column, byCurrency]) =>
    Object.entries(byCurrency).map(([currency, minor]) => ({ column, currency, minor })),
  );
  return (
    <Stack gap="sm" data-testid="copy-report">
      <Alert color="teal" icon={<IconCircleCheck size={18} />}>
        {t('servers.copy.done', { rows: format.number(result.totalRows), ms: format.number(result.milliseconds) })}
      </Alert>
      <Text size="sm" fw={500}>
        {t('servers.copy.checkTitle')}
      </Text>
      <ScrollArea.Autosize mah={260}>
        <Table striped withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('servers.copy.colTable')}</Table.Th>
              <Table.Th ta="right">{t('servers.copy.colRows')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tables.map(([table, rows]) => (
              <Table.Tr key={table}>
                <Table.Td ff="monospace">{table}</Table.Td>
                <Table.Td ta="right">{format.number(rows)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('servers.copy.colTable')}</Table.Th>
              <Table.Th ta="right">{t('servers.copy.colMoney')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {money.map(({ column, currency, minor }) => (
              <Table.Tr key={`${column}-${currency}`}>
                <Table.Td ff="monospace">{column}</Table.Td>
                <Table.Td ta="right">{format.money(minor, currency as Currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('servers.copy.close')}
        </Button>
        {result.company && (
          <Button onClick={() => onOpenCopy(result.company!)} data-testid="copy-open">
            {t('servers.copy.openCopy')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
