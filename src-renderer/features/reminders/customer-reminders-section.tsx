import { Badge, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { CustomerDunning, ReminderPolicy } from '../../../src-shared/domain/reminders/types';
import { QueryBody } from '../../components/query-body';
import { SectionCard } from '../../components/section-card';
import { describeError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { useCustomerDunning, usePolicies, useSaveCustomerReminders } from './queries';
import { LEVEL_COLORS, levelKey } from './reminder-labels';

const SEGMENT_DEFAULT = 'segment';

function ReminderSettingsForm({
  customerId,
  dunning,
  policies,
}: {
  customerId: number;
  dunning: CustomerDunning;
  policies: ReminderPolicy[];
}) {
  const t = useT();
  const save = useSaveCustomerReminders();
  const [policy, setPolicy] = useState(dunning.settings.policyId === null ? SEGMENT_DEFAULT : String(dunning.settings.policyId));
  const [optedOut, setOptedOut] = useState(dunning.settings.optedOut);
  const [rate, setRate] = useState<number | string>(
    dunning.settings.interestRateBp === null ? '' : dunning.settings.interestRateBp / 100,
  );
  const [rateError, setRateError] = useState<string | null>(null);
  const segmentPolicy = policies.find((p) => p.segments.includes(dunning.segment));
  const submit = () => {
    const percent = rate === '' ? null : Number(rate);
    if (percent !== null && (!Number.isFinite(percent) || percent < 0 || percent > 1000)) {
      setRateError(t('validation.reminders.rate'));
      return;
    }
    setRateError(null);
    save.mutate(
      {
        customerId,
        policyId: policy === SEGMENT_DEFAULT ? null : Number(policy),
        optedOut,
        interestRateBp: percent === null ? null : Math.round(percent * 100),
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('reminders.card.saved') }),
        onError: (error) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
      },
    );
  };
  return (
    <Stack gap="sm">
      <Select
        label={t('reminders.card.policy')}
        allowDeselect={false}
        disabled={optedOut}
        value={policy}
        onChange={(value) => setPolicy(value ?? SEGMENT_DEFAULT)}
        data={[
          {
            value: SEGMENT_DEFAULT,
            label: t('reminders.card.policySegment', { segment: dunning.segment, name: segmentPolicy?.name ?? '—' }),
          },
          ...policies.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        data-testid="customer-policy"
      />
      <Checkbox
        label={t('reminders.card.optedOut')}
        description={t('reminders.card.optedOutHint')}
        checked={optedOut}
        onChange={(e) => setOptedOut(e.currentTarget.checked)}
        data-testid="customer-opt-out"
      />
      <NumberInput
        label={t('reminders.card.rate')}
        description={t('reminders.card.rateHint')}
        decimalScale={2}
        min={0}
        max={1000}
        value={rate}
        onChange={setRate}
        error={rateError}
        data-testid="customer-rate"
      />
      <Group justify="flex-end">
        <Button
          size="sm"
          leftSection={<IconDeviceFloppy size={16} />}
          loading={save.isPending}
          onClick={submit}
          data-testid="save-customer-reminders"
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** On the card: the dunning level, late-payment interest accrued so far, and the customer's reminder settings. */
export function CustomerRemindersSection({ customerId }: { customerId: number }) {
  const t = useT();
  const format = useFormatters();
  const dunning = useCustomerDunning(customerId);
  const policies = usePolicies();
  return (
    <SectionCard title={t('reminders.card.title')} testId="customer-reminders">
      <QueryBody
        query={{
          ...dunning,
          data: dunning.data && policies.data ? { dunning: dunning.data, policies: policies.data } : undefined,
          isError: dunning.isError || policies.isError,
        }}
        errorTitle={t('reminders.loadError')}
        emptyText=""
        isEmpty={() => false}
        testId="customer-reminders"
        rows={4}
      >
        {({ dunning: d, policies: list }) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="sm">
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t('reminders.card.level')}:
                </Text>
                <Badge variant="light" color={LEVEL_COLORS[d.level]} tt="none" data-testid="customer-dunning-level">
                  {d.level === 0 ? t('reminders.card.none') : t(levelKey(d.level))}
                </Badge>
              </Group>
              <Stack gap={2}>
                <Text size="sm" c="dimmed">
                  {t('reminders.card.interest')}
                </Text>
                {d.interest.length === 0 ? (
                  <Text size="sm">{t('reminders.card.interestNone')}</Text>
                ) : (
                  d.interest.map((m) => (
                    <Text key={m.currency} fw={600} size="lg" data-testid="customer-interest">
                      {format.money(m.amount, m.currency)}
                    </Text>
                  ))
                )}
                <Text size="xs" c="dimmed">
                  {t(d.interestSource === 'agreed' ? 'reminders.card.interestAgreed' : 'reminders.card.interestLegal')}
                </Text>
              </Stack>
            </Stack>
            <ReminderSettingsForm key={JSON.stringify(d.settings)} customerId={customerId} dunning={d} policies={list} />
          </SimpleGrid>
        )}
      </QueryBody>
    </SectionCard>
  );
}
