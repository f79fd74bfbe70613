import { IconUserQuestion } from '@tabler/icons-react';
import { NotFoundState } from '../../components/not-found-state';
import { useT } from '../../i18n/i18n-context';

export function CustomerNotFound() {
  const t = useT();
  return (
    <NotFoundState
      icon={<IconUserQuestion size={32} stroke={1.5} />}
      title={t('customers.notFoundTitle')}
      body={t('customers.notFoundBody')}
      back={{ to: '/customers', label: t('customers.backToList') }}
      testId="customer-not-found"
    />
  );
}
