import { Table, Text } from '@mantine/core';
import type { ProposedAllocation } from '../../../src-shared/domain/bank/types';
import type { Currency } from '../../../src-shared/money/currency';
import { MoneyInput } from '../../components/money-input';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';

interface AllocationEditorProps {
  rows: ProposedAllocation[];
  amounts: Record<number, number | null>;
  onChange: (invoiceId: number, amount: number | null) => void;
  total: number;
  currency: Currency;
}

/** The open invoices the payment would pay, with the amount for each (editable); what is left stays as credit. */
export function AllocationEditor({ rows, amounts, onChange, total, currency }: AllocationEditorProps) {
  const t = useT();
  const format = useFormatters();
  const allocated = rows.reduce((a, r) => a + (amounts[r.invoiceId] ?? 0), 0);
  const rest = total - allocated;
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('bank.review.noOpenInvoices')}
      </Text>
    );
  return (
    <>
      <Table striped verticalSpacing={4} data-testid="bank-allocation">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bank.review.invoice')}</Table.Th>
            <Table.Th>{t('bank.review.due')}</Table.Th>
            <Table.Th ta="right">{t('bank.review.open')}</Table.Th>
            <Table.Th ta="right" w={160}>
              {t('bank.review.pay')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.invoiceId}>
              <Table.Td ff="monospace">{r.invoiceNumber}</Table.Td>
              <Table.Td>{format.date(r.dueDate)}</Table.Td>
              <Table.Td ta="right">{format.money(r.openAmount, currency)}</Table.Td>
              <Table.Td>
                <MoneyInput
                  size="xs"
                  value={amounts[r.invoiceId] ?? null}
                  onChange={(v) => onChange(r.invoiceId, v)}
                  aria-label={`${t('bank.review.pay')} ${r.invoiceNumber}`}
                  error={(amounts[r.invoiceId] ?? 0) > r.openAmount ? t('bank.review.overOpen') : undefined}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c={rest < 0 ? 'red' : 'dimmed'} data-testid="bank-allocation-rest">
        {rest < 0
          ? t('bank.review.overAllocated', { amount: format.money(-rest, currency) })
          : t('bank.review.restAsCredit', { amount: format.money(rest, currency) })}
      </Text>
    </>
  );
}
