import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Dispute } from '../../../../src-shared/domain/collections/types';
import { QueryBody } from '../../../components/query-body';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { disputeReasonLabel } from '../labels';
import { useDisputes } from '../queries';
import { DisputeStatusBadge } from './dispute-status-badge';
import { ResolveDisputeActions } from './resolve-dispute-actions';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

/** When it was opened and resolved, what was said, and the credit note an accepted one issued. */
function DisputeStory({ dispute }: { dispute: Dispute }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {t('disputes.openedOn', { date: format.date(dispute.openedOn) })}
        {dispute.resolvedOn && ` · ${t('disputes.resolvedOn', { date: format.date(dispute.resolvedOn) })}`}
      </Text>
      {dispute.note && (
        <Text size="sm" lineClamp={2}>
          {dispute.note}
        </Text>
      )}
      {dispute.resolutionNote && (
        <Text size="sm" c="dimmed" lineClamp={2}>
          {dispute.resolutionNote}
        </Text>
      )}
      {dispute.creditNoteId !== null && (
        <Anchor component={Link} to={`/payments/${dispute.creditNoteId}`} size="sm" data-testid="dispute-credit-note">
          {t('disputes.creditNote')}
        </Anchor>
      )}
    </Stack>
  );
}

function DisputeRow({ dispute, showInvoice }: { dispute: Dispute; showInvoice: boolean }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Table.Tr data-testid="dispute-row" data-status={dispute.status}>
      {showInvoice && (
        <Table.Td>
          <Anchor component={Link} to={`/invoices/${dispute.invoiceId}`} size="sm" ff="monospace">
            {dispute.invoiceNumber}
          </Anchor>
        </Table.Td>
      )}
      <Table.Td fw={500}>{disputeReasonLabel(t, dispute.reason)}</Table.Td>
      <Table.Td {...num} fw={600}>
        {format.money(dispute.amount, dispute.currency)}
      </Table.Td>
      <Table.Td>
        <DisputeStatusBadge status={dispute.status} />
      </Table.Td>
      <Table.Td>
        <DisputeStory dispute={dispute} />
      </Table.Td>
      <Table.Td>{dispute.status === 'open' && <ResolveDisputeActions dispute={dispute} />}</Table.Td>
    </Table.Tr>
  );
}

interface DisputesSectionProps {
  customerId: number;
  /** Only this invoice's disputes (on the invoice page); otherwise all of the customer's, with their invoice. */
  invoiceId?: number;
  actions?: ReactNode;
}

/** Disputes, open ones with accept / reject; resolved ones say how and when. */
export function DisputesSection({ customerId, invoiceId, actions }: DisputesSectionProps) {
  const t = useT();
  const query = useDisputes(customerId, invoiceId);
  const showInvoice = invoiceId === undefined;
  return (
    <SectionCard title={t('disputes.title')} actions={actions} testId="section-disputes">
      <QueryBody
        query={query}
        errorTitle={t('disputes.loadError')}
        emptyText={t('disputes.empty')}
        isEmpty={(disputes) => disputes.length === 0}
        testId="disputes"
      >
        {(disputes) => (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" data-testid="disputes-table">
              <Table.Thead>
                <Table.Tr>
                  {showInvoice && <Table.Th>{t('invoices.number')}</Table.Th>}
                  <Table.Th>{t('disputes.reason')}</Table.Th>
                  <Table.Th {...num}>{t('disputes.amount')}</Table.Th>
                  <Table.Th>{t('invoices.statusLabel')}</Table.Th>
                  <Table.Th>{t('disputes.note')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {disputes.map((dispute) => (
                  <DisputeRow key={dispute.id} dispute={dispute} showInvoice={showInvoice} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryBody>
    </SectionCard>
  );
}
