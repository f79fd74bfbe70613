import { FileInput, Radio, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { IMPORT_KINDS, type ImportKind } from '../../../src-shared/domain/import/fields';
import { useT } from '../../i18n/i18n-context';

interface FileStepProps {
  kind: ImportKind;
  onKind(kind: ImportKind): void;
  files: File[];
  onFiles(files: File[]): void;
}

const SHEET_ACCEPT = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EFATURA_ACCEPT = '.xml,.zip,application/xml,text/xml,application/zip';

/** What is imported, and from which file (several XML files or a ZIP for e-Fatura). */
export function FileStep({ kind, onKind, files, onFiles }: FileStepProps) {
  const t = useT();
  const efatura = kind === 'efatura';
  return (
    <Stack gap="lg">
      <Radio.Group
        label={t('import.kind.label')}
        value={kind}
        onChange={(v) => onKind(v as ImportKind)}
        data-testid="import-kind"
      >
        <Stack gap="xs" mt="xs">
          {IMPORT_KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`import.kind.${k}`)} data-testid={`import-kind-${k}`} />
          ))}
        </Stack>
      </Radio.Group>
      <Stack gap={4}>
        {efatura ? (
          <FileInput
            key="efatura"
            multiple
            label={t('import.file.label')}
            placeholder={t('import.file.placeholder')}
            accept={EFATURA_ACCEPT}
            value={files}
            onChange={(chosen) => onFiles(chosen)}
            leftSection={<IconFileUpload size={16} />}
            clearable
            data-testid="import-file"
          />
        ) : (
          <FileInput
            key="sheet"
            label={t('import.file.label')}
            placeholder={t('import.file.placeholder')}
            accept={SHEET_ACCEPT}
            value={files[0] ?? null}
            onChange={(chosen) => onFiles(chosen ? [chosen] : [])}
            leftSection={<IconFileUpload size={16} />}
            clearable
            data-testid="import-file"
          />
        )}
        <Text size="sm" c="dimmed">
          {t(efatura ? 'import.file.efaturaHint' : 'import.file.sheetHint')}
        </Text>
      </Stack>
    </Stack>
  );
}
