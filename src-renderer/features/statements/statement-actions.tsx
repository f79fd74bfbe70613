import { Button } from '@mantine/core';
import { IconFileText, IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentKind } from '../../../src-shared/domain/statements/schemas';
import { useT } from '../../i18n/i18n-context';
import { StatementModal } from './statement-modal';

/** The customer card's "Hesap ekstresi" and "Mutabakat mektubu" buttons. */
export function StatementActions({ customerId }: { customerId: number }) {
  const t = useT();
  const [open, setOpen] = useState<DocumentKind | null>(null);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileText size={16} />}
        onClick={() => setOpen('statement')}
        data-testid="open-statement"
      >
        {t('statements.statementAction')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconScale size={16} />}
        onClick={() => setOpen('reconciliation')}
        data-testid="open-reconciliation"
      >
        {t('statements.letterAction')}
      </Button>
      {open && <StatementModal customerId={customerId} kind={open} onClose={() => setOpen(null)} />}
    </>
  );
}
