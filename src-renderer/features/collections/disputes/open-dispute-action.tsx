import { IconMessageReport } from '@tabler/icons-react';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { DialogButton } from '../../../components/dialog-button';
import { useT } from '../../../i18n/i18n-context';
import { OpenDisputeForm } from './open-dispute-form';

/** The invoice page's "record dispute" button and its form. */
export function OpenDisputeAction({ invoice }: { invoice: Invoice }) {
  const t = useT();
  return (
    <DialogButton label={t('disputes.open')} icon={<IconMessageReport size={16} />} testId="open-dispute">
      {(close) => <OpenDisputeForm invoice={invoice} onClose={close} />}
    </DialogButton>
  );
}
