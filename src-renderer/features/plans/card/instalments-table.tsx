import { Table, Text } from '@mantine/core';
import type { PaymentPlan } from '../../../../src-shared/domain/plans/types';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { InstalmentStateBadge } from '../plan-badges';
import { rowLabels } from '../../../../src-shared/domain/plans/row-labels';

const num = { style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

/** Each instalment with what has been paid towards it (payments fill them oldest first). */
export function InstalmentsTable({ plan }: { plan: PaymentPlan }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, plan.currency);
  const labels = rowLabels(plan.instalments, t);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing={6} data-testid="instalments-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plans.col.row')}</Table.Th>
            <Table.Th>{t('plans.col.dueDate')}</Table.Th>
            <Table.Th {...num}>{t('plans.col.amount')}</Table.Th>
            <Table.Th {...num}>{t('plans.col.paid')}</Table.Th>
            <Table.Th>{t('plans.col.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.instalments.map((row, i) => (
            <Table.Tr key={row.id} data-testid="instalment-row" data-state={row.state}>
              <Table.Td>{labels[i]}</Table.Td>
              <Table.Td>{format.date(row.dueDate)}</Table.Td>
              <Table.Td {...num} fw={600}>
                {money(row.amount)}
              </Table.Td>
              <Table.Td {...num}>
                <Text span inherit c={row.paidAmount > 0 ? 'teal.8' : 'dimmed'}>
                  {money(row.paidAmount)}
                </Text>
              </Table.Td>
              <Table.Td>
                <InstalmentStateBadge state={row.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
