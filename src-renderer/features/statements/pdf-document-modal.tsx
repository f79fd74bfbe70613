import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { useMutation, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { ExportResult, RenderedDocument } from '../../../src-shared/domain/statements/types';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';
import { useSystemInfo } from '../settings/queries';
import { downloadPdf } from './pdf-file';
import { StatementPreview } from './statement-preview';

interface Props {
  title: string;
  /** The document made by the backend for the preview. */
  document: UseQueryResult<RenderedDocument>;
  /** Saves the same document through the desktop's save dialog. */
  exportFile: () => Promise<ExportResult>;
  onClose: () => void;
  /** Choices above the preview (kind, period, language) and notices. */
  children?: ReactNode;
  testId?: string;
}

/** A document to look at, print or save: statements, letters, payment plans, receipts. */
export function PdfDocumentModal({ title, document, exportFile, onClose, children, testId }: Props) {
  const t = useT();
  const exporter = useMutation({ mutationFn: exportFile });
  const mode = useSystemInfo().data?.mode;
  const frame = useRef<HTMLIFrameElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const onUrl = useCallback((next: string | null) => setUrl(next), []);

  const save = () => {
    // In a browser the file is downloaded; the desktop app asks where to save it (the main process does).
    if (mode !== 'electron') {
      if (url && document.data) downloadPdf(url, document.data.fileName);
      return;
    }
    exporter.mutate(undefined, {
      onSuccess: (result) => {
        if (result.status === 'written')
          notifications.show({ color: 'teal', title: t('statements.savedTitle'), message: result.path });
      },
      onError: (error) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
    });
  };

  return (
    <Modal opened onClose={onClose} size="xl" title={title} data-testid={testId}>
      <Stack gap="md">
        {children}
        <StatementPreview document={document} frame={frame} onUrl={onUrl} />
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
