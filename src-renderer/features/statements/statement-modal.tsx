import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import type { DocumentKind } from '../../../src-shared/domain/statements/schemas';
import { useI18n } from '../../i18n/i18n-context';
import { CompanyRequiredAlert, notifyFailure } from '../company/company-required';
import { useCompanyProfile } from '../company/queries';
import { useSystemInfo } from '../settings/queries';
import { DocumentChoiceFields } from './document-choice-fields';
import { defaultChoice } from './document-options';
import { downloadPdf } from './pdf-file';
import { useExportDocument, useRenderedDocument } from './queries';
import { StatementPreview } from './statement-preview';

interface Props {
  customerId: number;
  kind: DocumentKind;
  onClose: () => void;
}

/** A statement or reconciliation letter of one customer: choose, look at it, save or print it. */
export function StatementModal({ customerId, kind, onClose }: Props) {
  const { t, language } = useI18n();
  const [choice, setChoice] = useState(() => defaultChoice(kind, language));
  const document = useRenderedDocument(customerId, choice);
  const exporter = useExportDocument();
  const mode = useSystemInfo().data?.mode;
  const company = useCompanyProfile();
  const frame = useRef<HTMLIFrameElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const onUrl = useCallback((next: string | null) => setUrl(next), []);

  const save = () => {
    // In a browser the file is downloaded; the desktop app asks where to save it (the main process does).
    if (mode !== 'electron') {
      if (url && document.data) downloadPdf(url, document.data.fileName);
      return;
    }
    exporter.mutate(
      { customerId, choice },
      {
        onSuccess: (result) => {
          if (result.status === 'written')
            notifications.show({ color: 'teal', title: t('statements.savedTitle'), message: result.path });
        },
        onError: (error) => notifyFailure(error, t),
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t(kind === 'reconciliation' ? 'statements.letterTitle' : 'statements.statementTitle')}
    >
      <Stack gap="md">
        <DocumentChoiceFields value={choice} onChange={setChoice} />
        {/* The backend refuses a document without the company's name: say so and where to set it. */}
        {company.data && !company.data.title ? (
          <CompanyRequiredAlert />
        ) : (
          <StatementPreview document={document} frame={frame} onUrl={onUrl} />
        )}
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="statement-pages">
            {document.data ? t('statements.pages', { pages: document.data.pages }) : ''}
          </Text>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              disabled={!url}
              onClick={() => frame.current?.contentWindow?.print()}
            >
              {t('statements.print')}
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={!url}
              loading={exporter.isPending}
              onClick={save}
              data-testid="save-statement"
            >
              {t('statements.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
