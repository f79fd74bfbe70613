import { Alert, Anchor, Button, FileButton, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { BankAccount, BankImportResult } from '../../../src-shared/domain/bank/types';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';
import { uploadFiles } from '../import/upload-file';
import { useImportStatements } from './queries';

const ACCEPTED = '.csv,.txt,.xlsx,.sta,.940,.mt940,.xml';

/**
 * Which account, which files (Excel/CSV exports, MT940, camt.053; several at once), import. The files go up
 * the same way as the import wizard's; lines already imported are counted, not added again.
 */
export function ImportPanel({
  accounts,
  account,
  onAccount,
}: {
  accounts: BankAccount[];
  account: string | null;
  onAccount: (iban: string | null) => void;
}) {
  const t = useT();
  const [files, setFiles] = useState<File[]>([]);
  const [result, setResult] = useState<BankImportResult | null>(null);
  const importing = useImportStatements();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (accounts.length === 0) {
    return (
      <Alert color="yellow" title={t('bank.noAccounts.title')} data-testid="bank-no-accounts">
        {t('bank.noAccounts.body')}{' '}
        <Anchor component={Link} to="/settings">
          {t('bank.noAccounts.link')}
        </Anchor>
      </Alert>
    );
  }

  const run = async () => {
    if (!account) return;
    setError(null);
    setResult(null);
    setUploading(true);
    try {
      const uploadId = await uploadFiles(files);
      setResult(await importing.mutateAsync({ source: { uploadId }, accountIban: account }));
      setFiles([]);
    } catch (e) {
      setError(e);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Paper p="md" withBorder>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <Select
            label={t('bank.account')}
            data={accounts.map((a) => ({ value: a.iban, label: `${a.bank} · ${a.iban} (${a.currency})` }))}
            value={account}
            onChange={onAccount}
            w={440}
            allowDeselect={false}
            data-testid="bank-account"
          />
          <FileButton onChange={setFiles} accept={ACCEPTED} multiple>
            {(props) => (
              <Button variant="default" leftSection={<IconFileUpload size={16} />} {...props} data-testid="bank-choose-files">
                {t('bank.chooseFiles')}
              </Button>
            )}
          </FileButton>
          <Button
            leftSection={<IconUpload size={16} />}
            disabled={!account || files.length === 0}
            loading={uploading}
            onClick={() => void run()}
            data-testid="bank-import"
          >
            {t('bank.import')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {files.length > 0 ? files.map((f) => f.name).join(', ') : t('bank.formats')}
        </Text>
        {error !== null && (
          <Alert color="red" title={t('bank.importFailed')} data-testid="bank-import-error">
            {describeError(error, t)}
          </Alert>
        )}
        {result && (
          <Alert color="teal" data-testid="bank-import-result" withCloseButton onClose={() => setResult(null)}>
            {t('bank.importResult', {
              imported: result.imported,
              duplicates: result.duplicates,
              debits: result.debits,
              confident: result.confident,
            })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
