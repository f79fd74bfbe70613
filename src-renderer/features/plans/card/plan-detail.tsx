import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarRepeat } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PaymentPlan } from '../../../../src-shared/domain/plans/types';
import { SectionCard } from '../../../components/section-card';
import { StatFigure } from '../../../components/stat-figure';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { PlanStatusBadge } from '../plan-badges';
import { newPlanPath, planTabPath } from '../paths';
import { RecordDocumentButton } from '../../statements/record-document-button';
import { CancelPlanAction } from './cancel-plan-action';
import { InstalmentsTable } from './instalments-table';

const LIVE = new Set(['active', 'broken']);

function PlanInvoices({ plan }: { plan: PaymentPlan }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Text size="sm" c="dimmed">
      {t('plans.invoicesCovered')}:{' '}
      {plan.invoices.map((invoice, i) => (
        <span key={invoice.invoiceId}>
          {i > 0 && ', '}
          <Anchor component={Link} to={`/invoices/${invoice.invoiceId}`} size="sm" ff="monospace">
            {invoice.number}
          </Anchor>{' '}
          ({format.money(invoice.amount, plan.currency)}
          {invoice.isInterest ? `, ${t('plans.interestInvoice')}` : ''})
        </span>
      ))}
    </Text>
  );
}

/** One plan: its figures, its instalments with paid / partly paid / due / late, and what can be done with it. */
export function PlanDetail({ plan }: { plan: PaymentPlan }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, plan.currency);
  const live = LIVE.has(plan.status);
  return (
    <SectionCard
      title={`${t('plans.planLabel', { id: plan.id })} · ${t(`plans.kind.${plan.kind}`)}`}
      testId="plan-detail"
      actions={
        <Group gap="xs">
          <RecordDocumentButton document="planSchedule" id={plan.id} label={t('plans.pdf.print')} testId="plan-pdf" />
          {live && <CancelPlanAction plan={plan} />}
          {live && (
            <Button
              size="xs"
              component={Link}
              to={newPlanPath(plan.customerId, { replan: plan.id })}
              leftSection={<IconCalendarRepeat size={14} />}
              data-testid="replan"
            >
              {t('plans.replan')}
            </Button>
          )}
        </Group>
      }
    >
      <Stack gap="md">
        <Group gap="sm">
          <PlanStatusBadge status={plan.status} />
          {plan.status !== 'active' && (
            <Text size="sm" c={plan.status === 'broken' ? 'red.7' : 'dimmed'} data-testid="plan-status-date">
              {t('plans.since', { status: t(`plans.status.${plan.status}`), date: format.date(plan.statusDate) })}
            </Text>
          )}
          {plan.replacesPlanId && (
            <Anchor component={Link} to={planTabPath(plan.customerId, plan.replacesPlanId)} size="sm">
              {t('plans.replaces', { id: plan.replacesPlanId })}
            </Anchor>
          )}
          {plan.replacedByPlanId && (
            <Anchor component={Link} to={planTabPath(plan.customerId, plan.replacedByPlanId)} size="sm">
              {t('plans.replacedBy', { id: plan.replacedByPlanId })}
            </Anchor>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <StatFigure label={t('plans.figure.total')} value={money(plan.total)} size="md" testId="plan-total" />
          <StatFigure
            label={t('plans.figure.interest')}
            value={money(plan.interestAmount)}
            size="md"
            hint={plan.interestRateBp > 0 ? format.percent(plan.interestRateBp / 100) : undefined}
          />
          <StatFigure label={t('plans.figure.paid')} value={money(plan.paid)} size="md" color="teal.8" testId="plan-paid" />
          <StatFigure
            label={t('plans.figure.remaining')}
            value={money(plan.total - plan.paid)}
            size="md"
            color={plan.status === 'broken' ? 'red.7' : undefined}
          />
        </SimpleGrid>
        <InstalmentsTable plan={plan} />
        <PlanInvoices plan={plan} />
        {live && (
          <Text size="xs" c="dimmed">
            {t('plans.grace', { days: plan.graceDays })}
          </Text>
        )}
        {plan.note && <Text size="sm">{plan.note}</Text>}
      </Stack>
    </SectionCard>
  );
}
