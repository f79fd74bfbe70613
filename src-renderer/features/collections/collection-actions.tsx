import { IconCalendarDollar, IconPhoneCall } from '@tabler/icons-react';
import type { Currency } from '../../../src-shared/money/currency';
import { DialogButton } from '../../components/dialog-button';
import { useT } from '../../i18n/i18n-context';
import { ActivityForm } from './activities/activity-form';
import { PromiseForm } from './promises/promise-form';

interface CollectionActionsProps {
  customerId: number;
  /** The currency a new promise starts in: the one the customer owes most in. */
  currency: Currency;
}

/** What a collector does on a card after talking to the customer: log it, and record a promise made. */
export function CollectionActions({ customerId, currency }: CollectionActionsProps) {
  const t = useT();
  return (
    <>
      <DialogButton label={t('activities.log')} icon={<IconPhoneCall size={16} />} testId="log-activity">
        {(close) => <ActivityForm customerId={customerId} onClose={close} />}
      </DialogButton>
      <DialogButton label={t('promises.new')} icon={<IconCalendarDollar size={16} />} testId="new-promise">
        {(close) => <PromiseForm customerId={customerId} currency={currency} onClose={close} />}
      </DialogButton>
    </>
  );
}
