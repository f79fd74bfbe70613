import { Button } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ImportKind } from '../../../src-shared/domain/import/fields';
import { useT } from '../../i18n/i18n-context';

/** "Import from a file…" on the lists, opening the wizard with the kind already chosen. */
export function ImportLink({ kind }: { kind: ImportKind }) {
  const t = useT();
  return (
    <Button
      component={Link}
      to={`/import?kind=${kind}`}
      variant="default"
      leftSection={<IconDatabaseImport size={16} />}
      data-testid="import-link"
    >
      {t('import.menu')}
    </Button>
  );
}
