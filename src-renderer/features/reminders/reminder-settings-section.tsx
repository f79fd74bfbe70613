import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { scheduleInput } from '../../../src-shared/domain/reminders/schemas';
import type { ReminderSchedule } from '../../../src-shared/domain/reminders/types';
import { DateInput } from '../../components/date-input';
import { QueryBody } from '../../components/query-body';
import { SectionCard } from '../../components/section-card';
import { dayError } from '../../forms/schema-errors';
import { describeError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/formatters';
import { useI18n, useT } from '../../i18n/i18n-context';
import { issueMessage } from '../../forms/issues-to-errors';
import { toFieldIssues } from '../../../src-shared/validation/zod-issues';
import { useDeleteInterestRate, useInterestRates, useSaveInterestRate, useSaveSchedule, useSchedule } from './queries';

function ScheduleForm({ schedule }: { schedule: ReminderSchedule }) {
  const { t, language } = useI18n();
  const save = useSaveSchedule();
  const [values, setValues] = useState(schedule);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const parsed = scheduleInput.safeParse(values);
    if (!parsed.success) {
      setError(issueMessage(toFieldIssues(parsed.error.issues, language)[0]!, t));
      return;
    }
    setError(null);
    save.mutate(values, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('common.saved') }),
      onError: (e) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(e, t) }),
    });
  };
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('reminders.schedule.start')}
          w={110}
          value={values.businessHoursStart}
          onChange={(e) => setValues({ ...values, businessHoursStart: e.currentTarget.value })}
          error={!!error}
          data-testid="hours-start"
        />
        <TextInput
          label={t('reminders.schedule.end')}
          w={110}
          value={values.businessHoursEnd}
          onChange={(e) => setValues({ ...values, businessHoursEnd: e.currentTarget.value })}
          error={!!error}
          data-testid="hours-end"
        />
        <NumberInput
          label={t('reminders.schedule.gap')}
          w={200}
          allowDecimal={false}
          clampBehavior="none"
          value={values.minDaysBetween}
          onChange={(v) => setValues({ ...values, minDaysBetween: typeof v === 'number' ? v : Number.NaN })}
          error={!!error}
          data-testid="min-days-between"
        />
        <Button
          variant="default"
          leftSection={<IconDeviceFloppy size={16} />}
          loading={save.isPending}
          onClick={submit}
          data-testid="save-hours"
        >
          {t('common.save')}
        </Button>
      </Group>
      {error && (
        <Text size="sm" c="red.7">
          {error}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('reminders.schedule.hint')}
      </Text>
    </Stack>
  );
}

function AddRate() {
  const t = useT();
  const save = useSaveInterestRate();
  const [validFrom, setValidFrom] = useState('');
  const [rate, setRate] = useState<number | string>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ validFrom?: string; rate?: string }>({});
  const submit = () => {
    const next = {
      validFrom: dayError(validFrom, t) ?? undefined,
      rate: rate === '' || Number(rate) < 0 || Number(rate) > 1000 ? t('validation.reminders.rate') : undefined,
    };
    setErrors(next);
    if (next.validFrom || next.rate) return;
    save.mutate(
      { validFrom, annualRateBp: Math.round(Number(rate) * 100), note },
      {
        onSuccess: () => {
          setValidFrom('');
          setRate('');
          setNote('');
        },
        onError: (e) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(e, t) }),
      },
    );
  };
  return (
    <Group align="flex-start" gap="sm">
      <DateInput
        label={t('reminders.rates.validFrom')}
        value={validFrom}
        onChange={setValidFrom}
        error={errors.validFrom}
        w={150}
      />
      <NumberInput
        label={t('reminders.rates.rate')}
        decimalScale={2}
        min={0}
        max={1000}
        value={rate}
        onChange={setRate}
        error={errors.rate}
        w={140}
      />
      <TextInput label={t('reminders.rates.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={220} />
      <Button mt={25} variant="default" leftSection={<IconPlus size={16} />} loading={save.isPending} onClick={submit}>
        {t('reminders.rates.add')}
      </Button>
    </Group>
  );
}

/** Settings → reminders: the hours automatic runs keep, and the dated late-payment interest rates. */
export function ReminderSettingsSection() {
  const t = useT();
  const format = useFormatters();
  const schedule = useSchedule();
  const rates = useInterestRates();
  const remove = useDeleteInterestRate();
  return (
    <>
      <SectionCard title={t('reminders.schedule.title')} testId="reminder-hours">
        <QueryBody
          query={schedule}
          errorTitle={t('reminders.loadError')}
          emptyText=""
          isEmpty={() => false}
          testId="reminder-hours"
        >
          {(s) => <ScheduleForm schedule={s} />}
        </QueryBody>
      </SectionCard>
      <SectionCard title={t('reminders.rates.title')} testId="interest-rates">
        <Text size="xs" c="dimmed" mb="sm">
          {t('reminders.rates.hint')}
        </Text>
        <QueryBody query={rates} errorTitle={t('reminders.loadError')} emptyText="" isEmpty={() => false} testId="interest-rates">
          {(list) => (
            <Table striped mb="md" data-testid="interest-rate-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reminders.rates.validFrom')}</Table.Th>
                  <Table.Th ta="right">{t('reminders.rates.rate')}</Table.Th>
                  <Table.Th>{t('reminders.rates.note')}</Table.Th>
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((r) => (
                  <Table.Tr key={r.validFrom}>
                    <Table.Td>{format.date(r.validFrom)}</Table.Td>
                    <Table.Td ta="right">{format.percent(r.annualRateBp / 100)}</Table.Td>
                    <Table.Td>{r.note}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('reminders.rates.delete')}
                        onClick={() => remove.mutate(r.validFrom)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryBody>
        <AddRate />
      </SectionCard>
    </>
  );
}
