import { Alert, Button, Grid, Group, List, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { AppError } from '../../../../src-shared/contract/errors';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { PageHeader } from '../../../components/page-header';
import { SectionCard } from '../../../components/section-card';
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard';
import { describeError } from '../../../i18n/describe-error';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { cardTabPath } from '../../customers/card/card-tabs';
import { CustomerQueryState } from '../../customers/customer-query-state';
import { useCustomer } from '../../customers/queries';
import { useCustomerId } from '../../customers/use-customer-id';
import { planTabPath } from '../paths';
import { useCreatePlan, useProposal, useReplan } from '../queries';
import { initialTerms, interestBp, proposeArgs, type EditorTerms } from './editor-terms';
import { CoverageSection } from './coverage-section';
import { ScheduleTable, SumIndicator } from './schedule-table';
import { TermsSection } from './terms-section';
import { useCoverage } from './use-coverage';
import { useScheduleRows } from './use-schedule-rows';

/** The refusal of a save, each field's message on its own line. */
function SaveError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const issues = error instanceof AppError ? (error.issues ?? []) : [];
  return (
    <Alert color="red" variant="light" title={describeError(error, t)} data-testid="plan-save-error">
      {issues.length > 1 && (
        <List size="sm">
          {issues.map((issue, i) => (
            <List.Item key={i}>{issue.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

function PlanEditor({ customer }: { customer: Customer }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const navigate = useNavigate();
  const coverage = useCoverage(customer.id);
  const [terms, setTerms] = useState<EditorTerms>(() => initialTerms(todayLocal()));
  const [note, setNote] = useState('');
  const { input, errors } = proposeArgs(terms, coverage.principal, language);
  const proposal = useProposal(input);
  const interestAmount = input ? (proposal.data?.interestAmount ?? 0) : 0;
  const total = coverage.principal + interestAmount;
  const schedule = useScheduleRows(total);
  const create = useCreatePlan();
  const replan = useReplan();
  const saving = create.isPending || replan.isPending;
  const money = (minor: number) => format.money(minor, coverage.currency);

  // A new proposal (the terms or what is covered changed) replaces the table; edits are made after it.
  const { replaceWith } = schedule;
  useEffect(() => {
    if (proposal.data) replaceWith(proposal.data.rows);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new proposal resets the rows
  }, [proposal.data]);

  const termsTouched = useRef(false);
  const saved = useRef(false);
  const changeTerms = (change: Partial<EditorTerms>) => {
    termsTouched.current = true;
    setTerms((current) => ({
      ...current,
      ...change,
      // Custom dates start from the dates the table shows.
      ...(change.frequency === 'custom' && current.frequency !== 'custom'
        ? { customDates: schedule.rows.filter((r) => r.kind === 'instalment').map((r) => r.dueDate) }
        : {}),
    }));
  };

  const reason =
    coverage.principal <= 0
      ? t('plans.editor.needInvoices')
      : Object.keys(errors).length > 0
        ? t('plans.editor.fixTerms')
        : schedule.rows.length === 0
          ? t('plans.editor.needRows')
          : schedule.rowErrors.size > 0
            ? t('plans.editor.fixRows')
            : schedule.diff !== 0
              ? t(schedule.diff > 0 ? 'plans.editor.sumOver' : 'plans.editor.sumUnder', {
                  diff: money(Math.abs(schedule.diff)),
                  sum: money(schedule.sum),
                  total: money(total),
                })
              : null;

  const save = () => {
    if (!input || reason) return;
    const common = {
      frequency: input.frequency,
      startDate: terms.startDate,
      interestRateBp: interestBp(terms),
      interestAmount,
      rows: schedule.schedule,
      note,
    };
    const done = {
      onSuccess: (plan: { id: number }) => {
        saved.current = true;
        notifications.show({ color: 'teal', message: t('plans.editor.saved') });
        void navigate(planTabPath(customer.id, plan.id));
      },
    };
    if (coverage.replanId !== null) replan.mutate({ id: coverage.replanId, ...common }, done);
    else
      create.mutate(
        {
          customerId: customer.id,
          currency: coverage.currency,
          scope: coverage.scope,
          invoiceIds: coverage.scope === 'invoices' ? coverage.covered.map((i) => i.id) : [],
          ...common,
        },
        done,
      );
  };

  const saveError = create.error ?? replan.error;
  return (
    <Stack gap={0}>
      <UnsavedChangesGuard shouldBlock={() => !saved.current && (termsTouched.current || schedule.edited)} />
      <PageHeader
        back={{ to: cardTabPath(customer.id, 'plans'), label: customer.title }}
        title={coverage.replanId !== null ? t('plans.editor.replanTitle', { id: coverage.replanId }) : t('plans.editor.title')}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <CoverageSection coverage={coverage} />
            <TermsSection
              terms={terms}
              onChange={changeTerms}
              errors={errors}
              interestAmount={interestAmount}
              currency={coverage.currency}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SectionCard title={t('plans.editor.schedule')} testId="plan-schedule">
            <Stack gap="md">
              {proposal.isError && <Alert color="red" title={describeError(proposal.error, t)} />}
              {schedule.rows.length === 0 && proposal.isFetching && (
                <Stack gap="xs" aria-busy data-testid="schedule-loading">
                  <Skeleton height={36} />
                  <Skeleton height={36} />
                </Stack>
              )}
              {schedule.rows.length > 0 && <SumIndicator schedule={schedule} total={total} currency={coverage.currency} />}
              <ScheduleTable schedule={schedule} currency={coverage.currency} />
              <Group justify="space-between" gap="xs">
                <Text size="sm" c="dimmed">
                  {t('plans.figure.principal')}: {money(coverage.principal)} · {t('plans.figure.interest')}:{' '}
                  <Text span inherit c={interestAmount > 0 ? 'orange.8' : undefined} fw={600}>
                    {money(interestAmount)}
                  </Text>
                </Text>
                <Text fw={700} data-testid="plan-editor-total">
                  {t('plans.editor.toPay')}: {money(total)}
                </Text>
              </Group>
              <Textarea
                label={t('plans.editor.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                autosize
                minRows={1}
                maxLength={2000}
              />
              {saveError && <SaveError error={saveError} />}
              <Group justify="flex-end" gap="sm">
                {reason && (
                  <Text size="sm" c="red.7" data-testid="save-reason">
                    {t('plans.editor.fixFirst', { reason })}
                  </Text>
                )}
                <Button onClick={save} disabled={reason !== null || proposal.isFetching} loading={saving} data-testid="save-plan">
                  {t('plans.editor.save')}
                </Button>
              </Group>
            </Stack>
          </SectionCard>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The plan editor (/customers/:id/plans/new): what it covers, the terms, the proposed and edited schedule. */
export function PlanEditorPage() {
  const id = useCustomerId();
  const query = useCustomer(id);
  return (
    <CustomerQueryState id={id} query={query}>
      {(customer) => <PlanEditor customer={customer} />}
    </CustomerQueryState>
  );
}
