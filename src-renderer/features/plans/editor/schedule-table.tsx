import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPlus } from '@tabler/icons-react';
import type { Currency } from '../../../../src-shared/money/currency';
import { DateInput } from '../../../components/date-input';
import { MoneyInput } from '../../../components/money-input';
import { RemoveRowButton } from '../../../components/remove-row-button';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { rowLabels } from '../../../../src-shared/domain/plans/row-labels';
import type { useScheduleRows } from './use-schedule-rows';

type Schedule = ReturnType<typeof useScheduleRows>;

/** Live: do the rows add up to the total, and if not by how much over or short. */
export function SumIndicator({ schedule, total, currency }: { schedule: Schedule; total: number; currency: Currency }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, currency);
  const ok = schedule.diff === 0;
  return (
    <Alert
      variant="light"
      color={ok ? 'teal' : 'red'}
      icon={ok ? <IconCheck size={18} /> : <IconAlertTriangle size={18} />}
      py={8}
      data-testid="sum-indicator"
      data-ok={ok}
      role="status"
    >
      {ok ? (
        t('plans.editor.sumOk', { total: money(total) })
      ) : (
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <span>
            {t(schedule.diff > 0 ? 'plans.editor.sumOver' : 'plans.editor.sumUnder', {
              diff: money(Math.abs(schedule.diff)),
              sum: money(schedule.sum),
              total: money(total),
            })}
          </span>
          {schedule.rows.length > 0 && (
            <Button
              size="compact-sm"
              variant="white"
              color="red"
              onClick={schedule.fixLast}
              disabled={!schedule.canFixLast}
              title={schedule.canFixLast ? undefined : t('plans.editor.fixLastTooSmall')}
              data-testid="fix-last-row"
            >
              {t('plans.editor.fixLast')}
            </Button>
          )}
        </Group>
      )}
    </Alert>
  );
}

/** The proposed schedule, every row's date and amount editable; rows can be added and removed. */
export function ScheduleTable({ schedule, currency }: { schedule: Schedule; currency: Currency }) {
  const t = useT();
  const format = useFormatters();
  const labels = rowLabels(schedule.rows, t);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={4} data-testid="schedule-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t('plans.col.row')}</Table.Th>
              <Table.Th>{t('plans.col.dueDate')}</Table.Th>
              <Table.Th>{t('plans.col.amount')}</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schedule.rows.map((row, i) => {
              const errors = schedule.rowErrors.get(row.key);
              const label = labels[i]!;
              return (
                <Table.Tr key={row.key} data-testid="schedule-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {label}
                    </Text>
                    {row.movedFrom && (
                      <Text size="xs" c="dimmed">
                        {t('plans.editor.movedFrom', { date: format.date(row.movedFrom) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <DateInput
                      value={row.dueDate}
                      onChange={(dueDate) => schedule.update(row.key, { dueDate })}
                      aria-label={`${label} — ${t('plans.col.dueDate')}`}
                      error={errors?.dueDate ? t(errors.dueDate) : undefined}
                      data-testid="row-date"
                    />
                  </Table.Td>
                  <Table.Td>
                    <MoneyInput
                      value={row.amount}
                      onChange={(amount) => schedule.update(row.key, { amount })}
                      aria-label={`${label} — ${t('plans.col.amount')}`}
                      rightSection={
                        <Text size="xs" c="dimmed">
                          {currency}
                        </Text>
                      }
                      error={errors?.amount ? t(errors.amount) : undefined}
                      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
                      data-testid="row-amount"
                    />
                  </Table.Td>
                  <Table.Td>
                    <RemoveRowButton label={t('plans.editor.removeRow')} onClick={() => schedule.remove(row.key)} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={schedule.add} data-testid="add-row">
          {t('plans.editor.addRow')}
        </Button>
      </Group>
    </Stack>
  );
}
