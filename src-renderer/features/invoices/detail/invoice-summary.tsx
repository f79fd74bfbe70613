import { Divider, Group, SimpleGrid, Text } from '@mantine/core';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { FieldList } from '../../../components/field-list';
import { MultilineText } from '../../../components/multiline-text';
import { SectionCard } from '../../../components/section-card';
import { StatFigure } from '../../../components/stat-figure';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';

/** What the invoice comes to and where it stands: total, paid, written off, open; then its dates and notes. */
export function InvoiceSummary({ invoice }: { invoice: Invoice }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, invoice.currency);
  const overdue = invoice.status === 'overdue';
  return (
    <SectionCard title={t('invoices.section.summary')} testId="invoice-summary">
      <SimpleGrid cols={{ base: 2, md: invoice.writtenOffAmount > 0 ? 4 : 3 }} spacing="lg">
        <StatFigure label={t('invoices.total')} value={money(invoice.total)} testId="invoice-total" />
        <StatFigure label={t('invoices.paid')} value={money(invoice.paidAmount)} color="teal.8" testId="invoice-paid" />
        {invoice.writtenOffAmount > 0 && (
          <StatFigure
            label={t('invoices.writtenOff')}
            value={money(invoice.writtenOffAmount)}
            color="gray.7"
            testId="invoice-written-off"
          />
        )}
        <StatFigure
          label={t('invoices.open')}
          value={money(invoice.openAmount)}
          color={overdue ? 'red.7' : invoice.openAmount > 0 ? 'vade.8' : 'gray.6'}
          size="xl"
          testId="invoice-open-amount"
        />
      </SimpleGrid>
      <Divider my="md" />
      <Group align="flex-start" grow gap="xl">
        <FieldList
          fields={[
            { label: t('invoices.issueDate'), value: format.date(invoice.issueDate), testId: 'invoice-issue-date' },
            {
              label: t('invoices.dueDate'),
              value: (
                <Text size="sm" c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined}>
                  {format.date(invoice.dueDate)}
                  {overdue && ` · ${t('invoices.daysOverdue', { days: invoice.daysOverdue })}`}
                </Text>
              ),
              testId: 'invoice-due-date',
            },
            { label: t('invoices.paidDate'), value: invoice.paidDate && format.date(invoice.paidDate) },
            { label: t('invoices.currency'), value: invoice.currency },
          ]}
        />
        <FieldList
          fields={[
            // Only line invoices have a VAT breakdown; a single total says nothing about its VAT.
            ...(invoice.lines.length > 0
              ? [
                  { label: t('invoices.net'), value: money(invoice.net), testId: 'invoice-net' },
                  { label: t('invoices.vat'), value: money(invoice.vat), testId: 'invoice-vat' },
                ]
              : []),
            {
              label: t('invoices.ettn'),
              value: invoice.ettn && (
                <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {invoice.ettn}
                </Text>
              ),
            },
            ...(invoice.writeOffReason
              ? [
                  {
                    label: t('invoices.writeOffReasonLabel'),
                    value: `${invoice.writtenOffOn ? `${format.date(invoice.writtenOffOn)} · ` : ''}${invoice.writeOffReason}`,
                  },
                ]
              : []),
            { label: t('invoices.notes'), value: invoice.notes && <MultilineText>{invoice.notes}</MultilineText> },
          ]}
        />
      </Group>
    </SectionCard>
  );
}
