import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useI18n } from '../../i18n/i18n-context';
import { downloadDocumentCsv, type ExportDocument } from './report-table';
import { downloadDocumentXlsx } from './xlsx-export';

/** "Export" with CSV and Excel: the table is built when a format is chosen (only then are all rows walked). */
export function ExportMenu({ build, disabled }: { build: () => ExportDocument | null; disabled?: boolean }) {
  const { t, language } = useI18n();
  const xlsx = async () => {
    const built = build();
    if (!built) return;
    try {
      await downloadDocumentXlsx(built);
    } catch {
      notifications.show({ color: 'red', message: t('reports.export.failed') });
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} disabled={disabled} data-testid="report-export">
          {t('reports.export.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileTypeCsv size={16} />}
          onClick={() => {
            const built = build();
            if (built) downloadDocumentCsv(built, language);
          }}
          data-testid="report-export-csv"
        >
          {t('reports.export.csv')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void xlsx()} data-testid="report-export-xlsx">
          {t('reports.export.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
