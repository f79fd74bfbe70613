import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { AppError } from '../../../../src-shared/contract/errors';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from '../../../../src-shared/domain/holidays/schemas';
import { DateInput } from '../../../components/date-input';
import { QueryBody } from '../../../components/query-body';
import { RemoveRowButton } from '../../../components/remove-row-button';
import { SectionCard } from '../../../components/section-card';
import { describeError } from '../../../i18n/describe-error';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useAddHoliday, useHolidays, useRemoveHoliday } from '../queries';

/** The backend's message for one field of a refused save, if it named that field. */
export const fieldMessage = (error: unknown, field: string): string | undefined =>
  error instanceof AppError ? error.issues?.find((i) => i.path[0] === field)?.message : undefined;

function AddHolidayRow({ year }: { year: number }) {
  const t = useT();
  const add = useAddHoliday();
  const [date, setDate] = useState(`${year}-01-01`);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<HolidayKind>('company');
  const submit = () =>
    add.mutate(
      { date, name, kind },
      {
        onSuccess: () => {
          setName('');
          notifications.show({ color: 'teal', message: t('plans.settings.saved') });
        },
      },
    );
  const general = add.error && !fieldMessage(add.error, 'date') && !fieldMessage(add.error, 'name');
  return (
    <Stack gap={4}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <DateInput
          label={t('holidays.date')}
          value={date}
          onChange={setDate}
          error={fieldMessage(add.error, 'date')}
          w={170}
          data-testid="holiday-date"
        />
        <TextInput
          label={t('holidays.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldMessage(add.error, 'name')}
          style={{ flex: '1 1 200px' }}
          data-testid="holiday-name"
        />
        <Select<HolidayKind>
          label={t('holidays.kind')}
          value={kind}
          onChange={(next) => next && setKind(next)}
          data={HOLIDAY_KINDS.map((value) => ({ value, label: t(`holidays.kind.${value}`) }))}
          allowDeselect={false}
          w={190}
        />
        <Button mt={25} leftSection={<IconPlus size={14} />} onClick={submit} loading={add.isPending} data-testid="add-holiday">
          {t('holidays.add')}
        </Button>
      </Group>
      {general && (
        <Text size="sm" c="red.7">
          {describeError(add.error, t)}
        </Text>
      )}
    </Stack>
  );
}

function HolidayRow({ holiday }: { holiday: Holiday }) {
  const t = useT();
  const format = useFormatters();
  const remove = useRemoveHoliday();
  return (
    <Table.Tr data-testid="holiday-row">
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(holiday.date)}</Table.Td>
      <Table.Td>{holiday.name}</Table.Td>
      <Table.Td>
        <Text size="sm" c={holiday.kind === 'half_day' ? 'dimmed' : undefined}>
          {t(`holidays.kind.${holiday.kind}`)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <RemoveRowButton
          label={t('holidays.removeLabel', { name: holiday.name, date: format.date(holiday.date) })}
          onClick={() =>
            remove.mutate(
              { date: holiday.date },
              {
                onError: (error) =>
                  notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
              },
            )
          }
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** Settings → Holidays: the days that are not business days, by year, editable (the seed covers 2026–2028). */
export function HolidaysSection() {
  const t = useT();
  const thisYear = Number(todayLocal().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const query = useHolidays(year);
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - 1 + i));
  return (
    <SectionCard
      title={t('holidays.title')}
      testId="holidays-section"
      actions={
        <Select
          aria-label={t('holidays.year')}
          value={String(year)}
          onChange={(next) => next && setYear(Number(next))}
          data={years}
          allowDeselect={false}
          w={100}
          size="xs"
          data-testid="holiday-year"
        />
      }
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('holidays.intro')}
        </Text>
        <QueryBody
          query={query}
          errorTitle={t('holidays.loadError')}
          emptyText={t('holidays.empty')}
          isEmpty={(rows) => rows.length === 0}
          testId="holidays"
        >
          {(rows) => (
            <Table.ScrollContainer minWidth={480} mah={320}>
              <Table verticalSpacing={2} data-testid="holidays-table">
                <Table.Tbody>
                  {rows.map((holiday) => (
                    <HolidayRow key={holiday.date} holiday={holiday} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryBody>
        <AddHolidayRow key={year} year={year} />
      </Stack>
    </SectionCard>
  );
}
