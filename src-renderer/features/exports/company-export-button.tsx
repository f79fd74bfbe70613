import { Button, Tooltip } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { send } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { useExportFile } from './use-export-file';

/** "Muhasebeci için tam dışa aktarım": one ZIP of CSVs and a database backup. */
export function CompanyExportButton() {
  const t = useT();
  const exporting = useExportFile(() => send('exports/company', {}));
  return (
    <Tooltip label={t('exports.company.explain')} multiline w={320}>
      <Button
        variant="default"
        leftSection={<IconFileZip size={16} />}
        loading={exporting.isPending}
        onClick={() => exporting.mutate(undefined)}
        data-testid="company-export"
      >
        {t('exports.company')}
      </Button>
    </Tooltip>
  );
}
