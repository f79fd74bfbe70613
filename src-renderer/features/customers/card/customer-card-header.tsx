import { Alert, Button, Group, Text } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/i18n-context';
import { ArchivedBadge, KindBadge } from '../customer-badges';
import { StatementActions } from '../../statements/statement-actions';
import { EmailStatementAction } from '../../outbox/email-statement-action';
import { CollectionActions } from '../../collections/collection-actions';
import { OpenDisputesBadge } from '../../collections/disputes/open-disputes-badge';
import { RiskBadge } from '../../collections/risk/risk-badge';
import { DunningBadge } from '../../reminders/dunning-badge';
import { ArchiveAction } from './archive-action';
import { cardTabPath } from './card-tabs';
import { useMainCurrency } from './use-main-currency';

export function CustomerCardHeader({ customer }: { customer: Customer }) {
  const t = useT();
  const archived = customer.archivedAt !== null;
  const currency = useMainCurrency(customer.id);
  return (
    <>
      <PageHeader
        back={{ to: '/customers', label: t('customers.title') }}
        title={<span data-testid="customer-title">{customer.title}</span>}
        meta={
          <Group gap="xs">
            <Text ff="monospace" size="sm" c="dimmed" data-testid="customer-code">
              {customer.code}
            </Text>
            <KindBadge kind={customer.kind} />
            {archived && <ArchivedBadge />}
            <RiskBadge customerId={customer.id} />
            <DunningBadge customerId={customer.id} />
            <OpenDisputesBadge customerId={customer.id} to={cardTabPath(customer.id, 'collections')} />
          </Group>
        }
        actions={
          <>
            <StatementActions customerId={customer.id} />
            <EmailStatementAction customer={customer} />
            <CollectionActions customerId={customer.id} currency={currency} />
            <ArchiveAction customer={customer} />
            <Button
              component={Link}
              to={`/customers/${customer.id}/edit`}
              leftSection={<IconPencil size={16} />}
              data-testid="edit-customer"
            >
              {t('common.edit')}
            </Button>
          </>
        }
      />
      {archived && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />} mb="lg" data-testid="archived-notice">
          {t('customers.archivedNotice')}
        </Alert>
      )}
    </>
  );
}
