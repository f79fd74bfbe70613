import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { QueryBody } from '../../../components/query-body';
import { SectionCard } from '../../../components/section-card';
import { describeError } from '../../../i18n/describe-error';
import { useT } from '../../../i18n/i18n-context';
import { usePlanSettings, useUpdatePlanSettings } from '../queries';
import { fieldMessage } from './holidays-section';

function GraceForm({ graceDays }: { graceDays: number }) {
  const t = useT();
  const update = useUpdatePlanSettings();
  const [value, setValue] = useState<number | string>(graceDays);
  const error = update.error ? (fieldMessage(update.error, 'graceDays') ?? describeError(update.error, t)) : undefined;
  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="sm">
        <NumberInput
          label={t('plans.settings.grace')}
          value={value}
          onChange={setValue}
          min={0}
          max={365}
          allowDecimal={false}
          error={error}
          w={260}
          data-testid="plan-grace"
        />
        <Button
          mt={25}
          variant="default"
          disabled={value === graceDays}
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { graceDays: Number(value) },
              { onSuccess: () => notifications.show({ color: 'teal', message: t('plans.settings.saved') }) },
            )
          }
          data-testid="save-grace"
        >
          {t('common.save')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('plans.settings.graceHelp')}
      </Text>
    </Stack>
  );
}

/** Settings → Payment plans: how many days late an instalment may be before its plan is broken. */
export function PlanSettingsSection() {
  const t = useT();
  const query = usePlanSettings();
  return (
    <SectionCard title={t('plans.settings.title')} testId="plan-settings">
      <QueryBody query={query} errorTitle={t('common.errorTitle')} emptyText="" isEmpty={() => false} testId="plan-settings">
        {(settings) => <GraceForm key={settings.graceDays} graceDays={settings.graceDays} />}
      </QueryBody>
    </SectionCard>
  );
}
