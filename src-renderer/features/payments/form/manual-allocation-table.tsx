import { Button, Group, Table, Text } from '@mantine/core';
import { IconArrowsDown, IconEraser } from '@tabler/icons-react';
import type { InvoiceListItem } from '../../../../src-shared/domain/invoices/types';
import { formatAmount } from '../../../../src-shared/money/format';
import { MoneyInput } from '../../../components/money-input';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { oldestFirst } from './allocation-plan';
import type { CreditFormApi } from './use-credit-form';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

interface ManualAllocationTableProps {
  form: CreditFormApi;
  invoices: InvoiceListItem[];
  /** What may be spread over these rows: the amount less what goes first. */
  available: number;
  /** Called when the user types into a row (a prefilled row stops following the amount). */
  onRowEdited: () => void;
}

/** The customer's open invoices in the currency, oldest due first, with an amount to match on each. */
export function ManualAllocationTable({ form, invoices, available, onRowEdited }: ManualAllocationTableProps) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const currency = form.values.currency;
  const zero = formatAmount(0, language);

  const fill = () => {
    onRowEdited();
    const plan = new Map(oldestFirst(invoices, available).map((line) => [line.invoice.id, line.amount]));
    form.setFieldValue(
      'allocations',
      Object.fromEntries(invoices.map((invoice) => [String(invoice.id), plan.get(invoice.id) ?? null])),
    );
  };

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t('payments.allocation.manualHint')}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            leftSection={<IconEraser size={14} />}
            onClick={() => form.setFieldValue('allocations', {})}
          >
            {t('payments.allocation.clear')}
          </Button>
          <Button size="xs" variant="light" leftSection={<IconArrowsDown size={14} />} onClick={fill} data-testid="fill-oldest">
            {t('payments.allocation.fillOldest')}
          </Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={620}>
        <Table verticalSpacing={6} data-testid="manual-allocation">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.number')}</Table.Th>
              <Table.Th>{t('invoices.issueDate')}</Table.Th>
              <Table.Th>{t('invoices.dueDate')}</Table.Th>
              <Table.Th {...num}>{t('invoices.open')}</Table.Th>
              <Table.Th {...num} w={190}>
                {t('payments.allocation.toMatch')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.map((invoice) => {
              const input = form.getInputProps(`allocations.${invoice.id}`);
              return (
                <Table.Tr key={invoice.id} data-testid="allocation-row" data-invoice-id={invoice.id}>
                  <Table.Td ff="monospace" fz="sm">
                    {invoice.number}
                  </Table.Td>
                  <Table.Td>{format.date(invoice.issueDate)}</Table.Td>
                  <Table.Td c={invoice.status === 'overdue' ? 'red.7' : undefined}>
                    {format.date(invoice.dueDate)}
                    {invoice.status === 'overdue' && (
                      <Text span size="xs" ml={6}>
                        ({t('invoices.daysOverdue', { days: invoice.daysOverdue })})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td {...num}>{format.money(invoice.openAmount, currency)}</Table.Td>
                  <Table.Td>
                    <MoneyInput
                      size="xs"
                      aria-label={t('payments.allocation.amountFor', { number: invoice.number })}
                      placeholder={zero}
                      styles={{ input: { textAlign: 'right' } }}
                      {...input}
                      value={input.value ?? null}
                      onChange={(minor) => {
                        onRowEdited();
                        input.onChange(minor);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
