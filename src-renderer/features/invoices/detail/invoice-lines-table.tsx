import { Table, Text } from '@mantine/core';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

/** The invoice's lines with the amounts the backend computed; a single-total invoice says so instead. */
export function InvoiceLinesTable({ invoice }: { invoice: Invoice }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, invoice.currency);
  return (
    <SectionCard title={t('invoices.section.lines')} testId="invoice-lines">
      {invoice.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invoices.singleTotalNote')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped data-testid="lines-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoices.line.description')}</Table.Th>
                <Table.Th {...num}>{t('invoices.line.quantity')}</Table.Th>
                <Table.Th {...num}>{t('invoices.line.unitPrice')}</Table.Th>
                <Table.Th {...num}>{t('invoices.line.discount')}</Table.Th>
                <Table.Th {...num}>{t('invoices.line.vatRate')}</Table.Th>
                <Table.Th {...num}>{t('invoices.line.net')}</Table.Th>
                <Table.Th {...num}>{t('invoices.line.vat')}</Table.Th>
                <Table.Th {...num}>{t('invoices.line.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td {...num}>{format.number(line.quantity)}</Table.Td>
                  <Table.Td {...num}>{money(line.unitPrice)}</Table.Td>
                  <Table.Td {...num}>
                    {line.discountPercent > 0 ? format.percent(line.discountPercent) : t('common.none')}
                  </Table.Td>
                  <Table.Td {...num}>{format.percent(line.vatRate)}</Table.Td>
                  <Table.Td {...num}>{money(line.net)}</Table.Td>
                  <Table.Td {...num}>{money(line.vat)}</Table.Td>
                  <Table.Td {...num} fw={600}>
                    {money(line.net + line.vat)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={5}>{t('invoices.grandTotal')}</Table.Th>
                <Table.Th {...num}>{money(invoice.net)}</Table.Th>
                <Table.Th {...num}>{money(invoice.vat)}</Table.Th>
                <Table.Th {...num}>{money(invoice.total)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
