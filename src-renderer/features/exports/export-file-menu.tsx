import { Button, Menu } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import type { ExportFileResult } from '../../../src-shared/domain/exports/contract';
import { send } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { useExportFile } from './use-export-file';

type ExportMethod = 'exports/customers' | 'exports/invoices' | 'exports/payments' | 'exports/aging' | 'exports/timeline';

interface ExportFileMenuProps {
  method: ExportMethod;
  customerId?: number;
  testId?: string;
}

/** "Export" → CSV or Excel of a whole list, written by the backend page by page (any size). */
export function ExportFileMenu({ method, customerId, testId = 'export-file' }: ExportFileMenuProps) {
  const t = useT();
  const exporting = useExportFile((format: 'csv' | 'xlsx') => {
    const args = { format, ...(customerId !== undefined ? { customerId } : {}) };
    return send(method, args as never) as Promise<ExportFileResult>;
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={exporting.isPending} data-testid={testId}>
          {t('exports.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFileTypeCsv size={16} />}
          onClick={() => exporting.mutate('csv')}
          data-testid={`${testId}-csv`}
        >
          {t('exports.csv')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} />}
          onClick={() => exporting.mutate('xlsx')}
          data-testid={`${testId}-xlsx`}
        >
          {t('exports.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
