import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { AuditHistoryLink } from '../../audit/audit-history-link';
import { CustomerQueryState } from '../customer-query-state';
import { useCustomer } from '../queries';
import { useCustomerId } from '../use-customer-id';
import { ContactsSection } from './contacts-table';
import { CustomerCardHeader } from './customer-card-header';
import { ContactDetailsSection, IdentitySection, TermsSection } from './customer-details';
import { CustomerInvoices } from './ledger/customer-invoices';
import { CustomerPayments } from './ledger/customer-payments';
import { LedgerSection } from './ledger/ledger-section';

function RecordDates({ customer }: { customer: Customer }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Group gap="md">
      <Text size="xs" c="dimmed">
        {t('customer.createdAt')}: {format.dateTime(customer.createdAt)} · {t('customer.updatedAt')}:{' '}
        {format.dateTime(customer.updatedAt)}
      </Text>
      <AuditHistoryLink entity="customer" id={customer.id} />
    </Group>
  );
}

function CustomerCard({ customer }: { customer: Customer }) {
  return (
    <div data-testid="customer-card">
      <CustomerCardHeader customer={customer} />
      <Stack gap="lg">
        <LedgerSection customer={customer} />
        <CustomerInvoices customerId={customer.id} />
        <CustomerPayments customerId={customer.id} />
        <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="lg">
          <IdentitySection customer={customer} />
          <ContactDetailsSection customer={customer} />
          <TermsSection customer={customer} />
        </SimpleGrid>
        <ContactsSection contacts={customer.contacts} />
        <RecordDates customer={customer} />
      </Stack>
    </div>
  );
}

export function CustomerCardPage() {
  const id = useCustomerId();
  const query = useCustomer(id);
  return (
    <CustomerQueryState id={id} query={query}>
      {(customer) => <CustomerCard customer={customer} />}
    </CustomerQueryState>
  );
}
