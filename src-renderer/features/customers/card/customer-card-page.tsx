import { Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import {
  IconCalendarTime,
  IconCash,
  IconFileInvoice,
  IconHistory,
  IconLayoutDashboard,
  IconMessageReport,
} from '@tabler/icons-react';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { AuditHistoryLink } from '../../audit/audit-history-link';
import { CustomerIbansSection } from '../../bank/customer-ibans-section';
import { DisputesSection } from '../../collections/disputes/disputes-section';
import { PromisesSection } from '../../collections/promises/promises-section';
import { TimelineSection } from '../../collections/timeline/timeline-section';
import { PlansSection } from '../../plans/card/plans-section';
import { CustomerRemindersSection } from '../../reminders/customer-reminders-section';
import { CustomerQueryState } from '../customer-query-state';
import { useCustomer } from '../queries';
import { useCustomerId } from '../use-customer-id';
import { useCardTab, type CardTab } from './card-tabs';
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
        {t('customers.createdAt')}: {format.dateTime(customer.createdAt)} · {t('customers.updatedAt')}:{' '}
        {format.dateTime(customer.updatedAt)}
      </Text>
      <AuditHistoryLink entity="customer" id={customer.id} />
    </Group>
  );
}

const TAB_ICONS: Record<CardTab, typeof IconHistory> = {
  overview: IconLayoutDashboard,
  invoices: IconFileInvoice,
  payments: IconCash,
  timeline: IconHistory,
  collections: IconMessageReport,
  plans: IconCalendarTime,
};

/**
 * The card in tabs, so each part stays short: the balance and the card's details first, then invoices,
 * payments, the timeline, and promises with disputes. Only the open tab is rendered (and loads its data).
 */
function CustomerCard({ customer }: { customer: Customer }) {
  const t = useT();
  const [tab, setTab] = useCardTab();
  return (
    <div data-testid="customer-card">
      <CustomerCardHeader customer={customer} />
      <Tabs value={tab} onChange={(next) => setTab((next ?? 'overview') as CardTab)} keepMounted={false}>
        <Tabs.List mb="lg" aria-label={t('card.tabs.label')}>
          {(Object.keys(TAB_ICONS) as CardTab[]).map((name) => {
            const Icon = TAB_ICONS[name];
            return (
              <Tabs.Tab key={name} value={name} leftSection={<Icon size={16} />} data-testid={`card-tab-${name}`}>
                {t(`card.tab.${name}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Stack gap="lg">
            <LedgerSection customer={customer} />
            <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="lg">
              <IdentitySection customer={customer} />
              <ContactDetailsSection customer={customer} />
              <TermsSection customer={customer} />
            </SimpleGrid>
            <ContactsSection contacts={customer.contacts} />
            <CustomerIbansSection customerId={customer.id} />
            <CustomerRemindersSection customerId={customer.id} />
            <RecordDates customer={customer} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="invoices">
          <CustomerInvoices customerId={customer.id} />
        </Tabs.Panel>
        <Tabs.Panel value="payments">
          <CustomerPayments customerId={customer.id} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <TimelineSection customerId={customer.id} />
        </Tabs.Panel>
        <Tabs.Panel value="collections">
          <Stack gap="lg">
            <PromisesSection customerId={customer.id} />
            <DisputesSection customerId={customer.id} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="plans">
          <PlansSection customerId={customer.id} />
        </Tabs.Panel>
      </Tabs>
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
