import { Table, Text } from '@mantine/core';
import type { PaymentPromise } from '../../../../src-shared/domain/collections/types';
import { QueryBody } from '../../../components/query-body';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { usePromises } from '../queries';
import { CancelPromiseAction } from './cancel-promise-action';
import { PromiseStatusBadge } from './promise-status-badge';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

function PromiseRow({ promise }: { promise: PaymentPromise }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, promise.currency);
  return (
    <Table.Tr data-testid="promise-row" data-status={promise.status}>
      <Table.Td fw={600}>{format.date(promise.promisedDate)}</Table.Td>
      <Table.Td {...num} fw={600}>
        {money(promise.amount)}
      </Table.Td>
      <Table.Td {...num} c={promise.paidSoFar > 0 ? 'teal.8' : 'dimmed'}>
        {t('promises.paidSoFar', { paid: money(promise.paidSoFar) })}
      </Table.Td>
      <Table.Td>
        <PromiseStatusBadge status={promise.status} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {promise.note || t('promises.madeOn', { date: format.date(promise.madeOn) })}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{promise.status === 'pending' && <CancelPromiseAction promise={promise} />}</Table.Td>
    </Table.Tr>
  );
}

/** The customer's promises to pay, latest promised day first, each with what was paid towards it. */
export function PromisesSection({ customerId }: { customerId: number }) {
  const t = useT();
  const query = usePromises(customerId);
  return (
    <SectionCard title={t('promises.title')} testId="section-promises">
      <QueryBody
        query={query}
        errorTitle={t('promises.loadError')}
        emptyText={t('promises.empty')}
        isEmpty={(promises) => promises.length === 0}
        testId="promises"
      >
        {(promises) => (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={6} data-testid="promises-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('promises.promisedDate')}</Table.Th>
                  <Table.Th {...num}>{t('promises.amount')}</Table.Th>
                  <Table.Th {...num}>{t('invoices.paid')}</Table.Th>
                  <Table.Th>{t('invoices.statusLabel')}</Table.Th>
                  <Table.Th>{t('promises.note')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {promises.map((promise) => (
                  <PromiseRow key={promise.id} promise={promise} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryBody>
    </SectionCard>
  );
}
