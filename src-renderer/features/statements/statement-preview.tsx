import { Center, Loader, Paper } from '@mantine/core';
import { useEffect, useMemo, type RefObject } from 'react';
import { ErrorState } from '../../components/error-state';
import { useT } from '../../i18n/i18n-context';
import { pdfObjectUrl } from './pdf-file';
import type { useRenderedDocument } from './queries';

interface Props {
  document: ReturnType<typeof useRenderedDocument>;
  frame: RefObject<HTMLIFrameElement | null>;
  /** The blob: URL of what is shown, for saving and printing. */
  onUrl: (url: string | null) => void;
}

/** The PDF as it will be saved, in Chromium's own viewer (text selectable, zoomable). */
export function StatementPreview({ document, frame, onUrl }: Props) {
  const t = useT();
  const base64 = document.data?.pdfBase64;
  const url = useMemo(() => (base64 ? pdfObjectUrl(base64) : null), [base64]);
  useEffect(() => {
    onUrl(url);
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [url, onUrl]);

  if (document.isError) {
    return (
      <ErrorState
        title={t('statements.previewError')}
        error={document.error}
        onRetry={() => void document.refetch()}
        retrying={document.isFetching}
      />
    );
  }
  return (
    <Paper
      withBorder
      h="calc(100vh - 360px)"
      mih={320}
      pos="relative"
      style={{ overflow: 'hidden' }}
      data-testid="statement-preview"
    >
      {url && (
        <iframe ref={frame} src={url} title={t('statements.preview')} style={{ width: '100%', height: '100%', border: 0 }} />
      )}
      {(!url || document.isFetching) && (
        <Center pos="absolute" inset={0} bg="rgba(255,255,255,0.6)" aria-busy>
          <Loader size="sm" />
        </Center>
      )}
    </Paper>
  );
}
