import { EmptyState, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { CustomerQueryState } from '../customer-query-state';
import { useCustomer } from '../queries';
import { useCustomerId } from '../use-customer-id';
import { ContactsSection } from './contacts-table';
import { CustomerCardHeader } from './customer-card-header';
import { ContactDetailsSection, IdentitySection, TermsSection } from './customer-details';

function BalancePlaceholder() {
  const t = useT();
  return (
    <SectionCard title={t('customer.section.balance')} testId="section-balance">
      <EmptyState
        size="sm"
        align="left"
        icon={<IconScale size={24} stroke={1.5} />}
        withIndicatorBackground
        description={t('customer.balanceComing')}
      />
    </SectionCard>
  );
}

function RecordDates({ customer }: { customer: Customer }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Text size="xs" c="dimmed">
      {t('customer.createdAt')}: {format.dateTime(customer.createdAt)} · {t('customer.updatedAt')}:{' '}
      {format.dateTime(customer.updatedAt)}
    </Text>
  );
}

function CustomerCard({ customer }: { customer: Customer }) {
  return (
    <div data-testid="customer-card">
      <CustomerCardHeader customer={customer} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <IdentitySection customer={customer} />
          <ContactDetailsSection customer={customer} />
          <TermsSection customer={customer} />
          <BalancePlaceholder />
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
