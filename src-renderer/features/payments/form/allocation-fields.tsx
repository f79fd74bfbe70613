import { Alert, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { InvoiceListItem } from '../../../../src-shared/domain/invoices/types';
import { ErrorState } from '../../../components/error-state';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { OPEN_INVOICES_LIMIT } from '../../invoices/queries';
import { oldestFirst } from './allocation-plan';
import { manualSum, type AllocationMode } from './credit-form-values';
import { ManualAllocationTable } from './manual-allocation-table';
import type { CreditFormApi } from './use-credit-form';

interface AllocationFieldsProps {
  form: CreditFormApi;
  /** The customer's open invoices in the currency (a credit note's own invoice left out). */
  openInvoices: { data: InvoiceListItem[] | undefined; isError: boolean; error: unknown; refetch: () => void; more: boolean };
  /** What goes to a credit note's own invoice before anything else. */
  firstPart: number;
  onRowEdited: () => void;
}

function AutoPreview({ invoices, available }: { invoices: InvoiceListItem[]; available: number }) {
  const t = useT();
  const format = useFormatters();
  const plan = oldestFirst(invoices, available);
  if (plan.length === 0) return null;
  return (
    <Stack gap={2} data-testid="auto-preview">
      <Text size="sm" fw={500}>
        {t('payments.allocation.autoWillPay')}
      </Text>
      {plan.map(({ invoice, amount }) => (
        <Group key={invoice.id} gap="xs" wrap="nowrap">
          <Text size="sm" ff="monospace">
            {invoice.number}
          </Text>
          <Text size="sm" c="dimmed">
            {format.date(invoice.dueDate)}
          </Text>
          <Text size="sm" fw={600} ml="auto" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {format.money(amount, invoice.currency)}
          </Text>
          <Text size="xs" c="dimmed" w={70}>
            {amount === invoice.openAmount ? t('payments.allocation.whole') : t('payments.allocation.partial')}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Automatic (oldest due first), by hand, or not at all (the money stays as the customer's credit). */
export function AllocationFields({ form, openInvoices, firstPart, onRowEdited }: AllocationFieldsProps) {
  const t = useT();
  const format = useFormatters();
  const { allocationMode: mode, customerId, currency } = form.values;
  const amount = form.values.amount !== null && Number.isFinite(form.values.amount) ? form.values.amount : 0;
  const available = Math.max(0, amount - firstPart);
  const invoices = openInvoices.data ?? [];
  const allocated =
    mode === 'manual'
      ? manualSum(form.values)
      : mode === 'auto'
        ? oldestFirst(invoices, available).reduce((s, l) => s + l.amount, 0)
        : 0;
  const remaining = amount - firstPart - allocated;
  const money = (minor: number) => format.money(minor, currency);

  const body = () => {
    if (customerId === null)
      return (
        <Text size="sm" c="dimmed">
          {t('payments.allocation.pickCustomer')}
        </Text>
      );
    if (openInvoices.isError) {
      return <ErrorState title={t('payments.allocation.loadError')} error={openInvoices.error} onRetry={openInvoices.refetch} />;
    }
    if (!openInvoices.data) return <Skeleton height={80} />;
    if (invoices.length === 0 && mode !== 'none') {
      return (
        <Text size="sm" c="dimmed" data-testid="no-open-invoices">
          {t('payments.allocation.noOpenInvoices', { currency })}
        </Text>
      );
    }
    if (mode === 'auto') return <AutoPreview invoices={invoices} available={available} />;
    if (mode === 'none')
      return (
        <Text size="sm" c="dimmed">
          {t('payments.allocation.noneHint')}
        </Text>
      );
    return <ManualAllocationTable form={form} invoices={invoices} available={available} onRowEdited={onRowEdited} />;
  };

  return (
    <SectionCard
      title={t('payments.allocation.title')}
      actions={
        <SegmentedControl<AllocationMode>
          size="xs"
          value={mode}
          onChange={(next) => form.setFieldValue('allocationMode', next)}
          data={[
            { value: 'auto', label: t('payments.allocation.auto') },
            { value: 'manual', label: t('payments.allocation.manual') },
            { value: 'none', label: t('payments.allocation.none') },
          ]}
          aria-label={t('payments.allocation.mode')}
          data-testid="allocation-mode"
        />
      }
      testId="allocation-fields"
    >
      <Stack gap="sm">
        {openInvoices.more && mode === 'manual' && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
            {t('payments.allocation.tooMany', { count: OPEN_INVOICES_LIMIT })}
          </Alert>
        )}
        {body()}
        <Group justify="flex-end" gap="xl" data-testid="allocation-summary">
          {firstPart > 0 && (
            <Text size="sm">
              {t('payments.allocation.firstPart')}: <b>{money(firstPart)}</b>
            </Text>
          )}
          <Text size="sm">
            {t('payments.allocation.allocated')}: <b data-testid="allocated-sum">{money(allocated)}</b>
          </Text>
          <Text size="sm" c={remaining < 0 ? 'red.7' : undefined} fw={remaining < 0 ? 700 : undefined}>
            {remaining < 0 ? t('payments.allocation.over') : t('payments.allocation.remaining')}:{' '}
            <b data-testid="remaining">{money(Math.abs(remaining))}</b>
          </Text>
        </Group>
        {form.errors.allocations && (
          <Text size="sm" c="red.7" ta="right" role="alert" data-testid="allocation-error">
            {form.errors.allocations}
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
