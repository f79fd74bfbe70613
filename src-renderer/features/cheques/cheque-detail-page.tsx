import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight, IconFileOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Cheque } from '../../../src-shared/domain/cheques/types';
import { DialogButton } from '../../components/dialog-button';
import { FieldList } from '../../components/field-list';
import { NotFoundState } from '../../components/not-found-state';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { useRouteId } from '../../lib/use-route-id';
import { CustomerLink } from '../customers/customer-link';
import { actionLabel, kindLabel } from './cheque-labels';
import { useCheque } from './queries';
import { ChequeStatusBadge } from './status-badge';
import { TransitionForm } from './transition-form';

const DANGER = new Set(['bounced', 'protested', 'returned', 'legal']);

function NextActions({ cheque }: { cheque: Cheque }) {
  const t = useT();
  if (cheque.next.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="cheque-no-next">
        {t('cheques.detail.noNext', { kind: kindLabel(t, cheque.kind).toLocaleLowerCase() })}
      </Text>
    );
  return (
    <Group gap="sm">
      {cheque.next.map((to) => (
        <DialogButton
          key={to}
          label={actionLabel(t, to)}
          icon={<IconArrowRight size={16} />}
          variant={DANGER.has(to) ? 'light' : 'default'}
          testId={`cheque-action-${to}`}
        >
          {(close) => <TransitionForm cheque={cheque} to={to} onClose={close} />}
        </DialogButton>
      ))}
    </Group>
  );
}

function History({ cheque }: { cheque: Cheque }) {
  const format = useFormatters();
  return (
    <Table verticalSpacing="xs" data-testid="cheque-history">
      <Table.Tbody>
        {[...cheque.history].reverse().map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td w={110}>{format.date(event.date)}</Table.Td>
            <Table.Td w={180}>
              <ChequeStatusBadge status={event.to} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{[event.counterparty, event.note].filter(Boolean).join(' · ')}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ChequeDetail({ cheque }: { cheque: Cheque }) {
  const t = useT();
  const format = useFormatters();
  return (
    <div data-testid="cheque-detail">
      <PageHeader
        back={{ to: '/cheques', label: t('cheques.backToList') }}
        title={
          <span data-testid="cheque-title">
            {t('cheques.detail.title', { kind: kindLabel(t, cheque.kind), serial: cheque.serialNumber })} ·{' '}
            {format.money(cheque.amount, cheque.currency)}
          </span>
        }
        meta={
          <Group gap="sm">
            <CustomerLink id={cheque.customerId} testId="cheque-customer" />
            <ChequeStatusBadge status={cheque.status} testId="cheque-status" />
            <Text size="sm" c="dimmed">
              {t('cheques.column.due')}: {format.date(cheque.dueDate)}
            </Text>
          </Group>
        }
      />
      <Stack gap="lg">
        <SectionCard title={t('cheques.detail.next')}>
          <NextActions cheque={cheque} />
        </SectionCard>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper p="lg" withBorder>
            <FieldList
              fields={[
                { label: t('cheques.form.drawer'), value: cheque.drawer },
                ...(cheque.kind === 'cheque'
                  ? [{ label: t('cheques.form.bank'), value: [cheque.bank, cheque.branch].filter(Boolean).join(' / ') }]
                  : []),
                { label: t('cheques.detail.endorsers'), value: cheque.endorsers.join(', ') },
                {
                  label: t('cheques.detail.issued'),
                  value: [cheque.issuePlace, format.date(cheque.issueDate)].filter(Boolean).join(', '),
                },
                { label: t('cheques.detail.received'), value: format.date(cheque.receivedOn) },
                ...(cheque.protestDeadline
                  ? [{ label: t('cheques.protest.title'), value: format.date(cheque.protestDeadline) }]
                  : []),
                {
                  label: t('cheques.detail.payment'),
                  value: (
                    <Anchor component={Link} to={`/payments/${cheque.paymentId}`} size="sm" data-testid="cheque-payment">
                      {format.money(cheque.amount, cheque.currency)}
                    </Anchor>
                  ),
                },
                { label: t('cheques.form.note'), value: cheque.note },
              ]}
            />
          </Paper>
          <SectionCard title={t('cheques.detail.history')}>
            <History cheque={cheque} />
          </SectionCard>
        </SimpleGrid>
      </Stack>
    </div>
  );
}

/** /cheques/:id: one cheque or note, its history and what can be done next. */
export function ChequeDetailPage() {
  const t = useT();
  const id = useRouteId();
  const query = useCheque(id ?? 0);
  return (
    <QueryState
      valid={id !== null}
      query={query}
      notFound={
        <NotFoundState
          icon={<IconFileOff size={32} stroke={1.5} />}
          title={t('cheques.notFoundTitle')}
          body={t('cheques.notFoundBody')}
          back={{ to: '/cheques', label: t('cheques.backToList') }}
          testId="cheque-not-found"
        />
      }
      errorTitle={t('cheques.detail.loadError')}
      skeletonTestId="cheque-loading"
    >
      {(cheque) => <ChequeDetail cheque={cheque} />}
    </QueryState>
  );
}
