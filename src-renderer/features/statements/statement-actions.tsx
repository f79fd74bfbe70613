import { Button } from '@mantine/core';
import { IconFileText, IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentKind } from '../../../src-shared/domain/statements/schemas';
import { useT } from '../../i18n/i18n-context';
import { StatementModal } from './statement-modal';

const ACTIONS = [
  { kind: 'statement', label: 'statements.statementAction', icon: IconFileText, testId: 'open-statement' },
  { kind: 'reconciliation', label: 'statements.letterAction', icon: IconScale, testId: 'open-reconciliation' },
] as const;

/** The customer card's "Hesap ekstresi" and "Mutabakat mektubu" buttons. */
export function StatementActions({ customerId }: { customerId: number }) {
  const t = useT();
  const [open, setOpen] = useState<DocumentKind | null>(null);
  return (
    <>
      {ACTIONS.map(({ kind, label, icon: Icon, testId }) => (
        <Button key={kind} variant="default" leftSection={<Icon size={16} />} onClick={() => setOpen(kind)} data-testid={testId}>
          {t(label)}
        </Button>
      ))}
      {open && <StatementModal customerId={customerId} kind={open} onClose={() => setOpen(null)} />}
    </>
  );
}
