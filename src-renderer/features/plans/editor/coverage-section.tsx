import { Checkbox, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { CurrencySelect } from '../../../components/currency-select';
import { QueryBody } from '../../../components/query-body';
import { SectionCard } from '../../../components/section-card';
import { StatFigure } from '../../../components/stat-figure';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import type { Coverage, Scope } from './use-coverage';

function InvoiceChoices({ coverage }: { coverage: Coverage }) {
  const t = useT();
  const format = useFormatters();
  return (
    <QueryBody
      query={coverage.invoices}
      errorTitle={t('plans.editor.loadError')}
      emptyText={t('plans.editor.noOpen')}
      isEmpty={(items) => items.length === 0}
      testId="coverable-invoices"
    >
      {(items) => (
        <Stack gap={6} mah={280} style={{ overflowY: 'auto' }} data-testid="coverable-invoices">
          {items.map((invoice) => {
            const held = invoice.heldByPlanId !== null;
            const checked = coverage.scope === 'overdue' ? invoice.overdue && !held : coverage.chosen.has(invoice.id);
            return (
              <Checkbox
                key={invoice.id}
                checked={checked}
                disabled={held}
                onChange={() => coverage.toggle(invoice.id)}
                data-testid="coverable-invoice"
                label={
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" ff="monospace">
                      {invoice.number}
                    </Text>
                    <Text size="sm" c={invoice.overdue ? 'red.7' : 'dimmed'}>
                      {format.date(invoice.dueDate)}
                    </Text>
                    <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.money(invoice.openAmount, coverage.currency)}
                    </Text>
                    {held && (
                      <Text size="xs" c="dimmed">
                        ({t('plans.editor.inPlan')})
                      </Text>
                    )}
                  </Group>
                }
              />
            );
          })}
        </Stack>
      )}
    </QueryBody>
  );
}

/** What the plan covers: the whole overdue balance or chosen invoices, in one currency; or a plan's rest. */
export function CoverageSection({ coverage }: { coverage: Coverage }) {
  const t = useT();
  const format = useFormatters();
  const principal = (
    <StatFigure
      label={t('plans.figure.principal')}
      value={format.money(coverage.principal, coverage.currency)}
      size="md"
      testId="plan-principal"
    />
  );
  if (coverage.replanId !== null) {
    return (
      <SectionCard title={t('plans.editor.covers')} testId="plan-coverage">
        <Stack gap="sm">
          <Text size="sm">{t('plans.editor.replanCovers')}</Text>
          {principal}
        </Stack>
      </SectionCard>
    );
  }
  const overdueEmpty = coverage.scope === 'overdue' && coverage.invoices.data !== undefined && coverage.covered.length === 0;
  return (
    <SectionCard title={t('plans.editor.covers')} testId="plan-coverage">
      <Stack gap="sm">
        <Group gap="sm" align="flex-end">
          <SegmentedControl<Scope>
            value={coverage.scope}
            onChange={coverage.setScope}
            data={[
              { value: 'overdue', label: t('plans.editor.scope.overdue') },
              { value: 'invoices', label: t('plans.editor.scope.invoices') },
            ]}
            data-testid="plan-scope"
          />
          <CurrencySelect
            value={coverage.currency}
            onChange={(c) => c && coverage.setCurrency(c)}
            w={110}
            label={null}
            aria-label={t('plans.editor.currency')}
          />
        </Group>
        <InvoiceChoices coverage={coverage} />
        {overdueEmpty && (
          <Text size="sm" c="dimmed">
            {t('plans.editor.noOverdue')}
          </Text>
        )}
        {principal}
      </Stack>
    </SectionCard>
  );
}
