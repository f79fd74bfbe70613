import { Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { PlanListItem } from '../../../../src-shared/domain/plans/types';
import { LoadMore } from '../../../components/load-more';
import { QueryBody } from '../../../components/query-body';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { PlanStatusBadge } from '../plan-badges';
import { newPlanPath } from '../paths';
import { useCustomerPlans, usePlan } from '../queries';
import { PlanDetail } from './plan-detail';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

function PlanRow({ plan, selected, onSelect }: { plan: PlanListItem; selected: boolean; onSelect: () => void }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, plan.currency);
  return (
    <Table.Tr
      data-testid="plan-row"
      data-status={plan.status}
      onClick={onSelect}
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
      style={{ cursor: 'pointer' }}
      aria-selected={selected}
    >
      <Table.Td fw={600}>{t('plans.planLabel', { id: plan.id })}</Table.Td>
      <Table.Td>{t(`plans.kind.${plan.kind}`)}</Table.Td>
      <Table.Td>
        <PlanStatusBadge status={plan.status} />
      </Table.Td>
      <Table.Td {...num}>
        {money(plan.paid)} / {money(plan.total)}
      </Table.Td>
      <Table.Td>{plan.nextDueDate ? format.date(plan.nextDueDate) : '—'}</Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {format.dateTime(plan.createdAt)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The card's plan tab: every plan of the customer, newest first, and the chosen one (?plan=) in full. */
export function PlansSection({ customerId }: { customerId: number }) {
  const t = useT();
  const query = useCustomerPlans(customerId);
  const [params, setParams] = useSearchParams();
  const plans = query.data?.pages.flatMap((p) => p.items);
  const chosen = Number(params.get('plan')) || (plans?.[0]?.id ?? null);
  const detail = usePlan(customerId, chosen);
  const select = (id: number) =>
    setParams(
      (current) => {
        current.set('plan', String(id));
        return current;
      },
      { replace: true },
    );
  return (
    <Stack gap="lg">
      <SectionCard
        title={t('plans.title')}
        testId="section-plans"
        actions={
          <Button
            size="xs"
            component={Link}
            to={newPlanPath(customerId, { scope: 'overdue' })}
            leftSection={<IconPlus size={14} />}
            data-testid="new-plan"
          >
            {t('plans.new')}
          </Button>
        }
      >
        <QueryBody
          query={{ ...query, data: plans }}
          errorTitle={t('plans.loadError')}
          emptyText={t('plans.empty')}
          isEmpty={(items) => items.length === 0}
          testId="plans"
        >
          {(items) => (
            <Stack gap="sm">
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing={6} highlightOnHover data-testid="plans-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('plans.col.plan')}</Table.Th>
                      <Table.Th>{t('plans.col.kind')}</Table.Th>
                      <Table.Th>{t('plans.col.state')}</Table.Th>
                      <Table.Th {...num}>{t('plans.col.progress')}</Table.Th>
                      <Table.Th>{t('plans.col.next')}</Table.Th>
                      <Table.Th>{t('plans.col.created')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((plan) => (
                      <PlanRow key={plan.id} plan={plan} selected={plan.id === chosen} onSelect={() => select(plan.id)} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <LoadMore query={query} testId="plans-more" />
            </Stack>
          )}
        </QueryBody>
      </SectionCard>
      {chosen !== null && (
        <QueryBody
          query={detail}
          errorTitle={t('plans.detailError')}
          emptyText=""
          isEmpty={() => false}
          testId="plan-detail"
          rows={4}
        >
          {(plan) => <PlanDetail plan={plan} />}
        </QueryBody>
      )}
    </Stack>
  );
}
