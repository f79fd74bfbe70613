import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { send } from '../../api/client';
import { isCompanyRequired, notifyFailure } from '../../features/company/company-required';
import { useSystemInfo } from '../../features/settings/queries';
import { useI18n } from '../../i18n/i18n-context';
import { download } from './download';
import { downloadDocumentCsv, type ExportDocument } from './report-table';
import { downloadDocumentXlsx } from './xlsx-export';

/** The PDF the backend draws from the same table (letterhead, fonts), downloaded like the other files (a browser). */
async function downloadDocumentPdf(document: ExportDocument, title: string, subtitle: string): Promise<void> {
  const rendered = await send('reports/pdf', { ...document, title, subtitle });
  const bytes = Uint8Array.from(atob(rendered.pdfBase64), (c) => c.charCodeAt(0));
  download(new Blob([bytes], { type: 'application/pdf' }), rendered.fileName);
}

/** The desktop app saves it through the main process's document host (its save dialog), as statements are. */
async function saveDocumentPdf(document: ExportDocument, title: string, subtitle: string, savedTitle: string): Promise<void> {
  const result = await send('reports/exportPdf', { ...document, title, subtitle });
  if (result.status === 'written') notifications.show({ color: 'teal', title: savedTitle, message: result.path });
}

interface ExportMenuProps {
  /** The report's title, at the top of the PDF. */
  title: string;
  /** A line under it in the PDF: the range or day the figures are for. */
  subtitle?: string;
  /** Builds the table when a format is chosen (only then are all rows walked). */
  build: () => ExportDocument | null;
  disabled?: boolean;
}

/** "Export" with CSV, Excel and PDF of what the report shows. */
export function ExportMenu({ title, subtitle = '', build, disabled }: ExportMenuProps) {
  const { t, language } = useI18n();
  const desktop = useSystemInfo().data?.mode === 'electron';
  // A PDF of ten thousand rows takes a few seconds: the button says it is working.
  const [busy, setBusy] = useState(false);
  const run = async (format: 'csv' | 'xlsx' | 'pdf') => {
    const built = build();
    if (!built) return;
    setBusy(true);
    try {
      if (format === 'csv') downloadDocumentCsv(built, language);
      else if (format === 'xlsx') await downloadDocumentXlsx(built);
      else if (desktop) await saveDocumentPdf(built, title, subtitle, t('reports.pdf.saved'));
      else await downloadDocumentPdf(built, title, subtitle);
    } catch (error) {
      if (isCompanyRequired(error)) notifyFailure(error, t);
      else notifications.show({ color: 'red', message: t('reports.export.failed') });
    } finally {
      setBusy(false);
    }
  };
  const items = [
    { format: 'csv', icon: IconFileTypeCsv, label: t('reports.export.csv') },
    { format: 'xlsx', icon: IconFileSpreadsheet, label: t('reports.export.xlsx') },
    { format: 'pdf', icon: IconFileTypePdf, label: t('reports.export.pdf') },
  ] as const;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          disabled={disabled}
          loading={busy}
          data-testid="report-export"
        >
          {t('reports.export.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map(({ format, icon: Icon, label }) => (
          <Menu.Item
            key={format}
            leftSection={<Icon size={16} />}
            onClick={() => void run(format)}
            data-testid={`report-export-${format}`}
          >
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
