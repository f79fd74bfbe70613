import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { personNameSchema } from '../../../src-shared/domain/workstation/schemas';
import type { Language } from '../../../src-shared/i18n/language';
import { toFieldIssues } from '../../../src-shared/validation/zod-issues';
import { QueryBody } from '../../components/query-body';
import { SectionCard } from '../../components/section-card';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { fieldMessage } from '../plans/settings/holidays-section';
import { useUpdateWorkstation, useWorkstation } from './queries';

/** The name as it would be saved (null: not set), or what is wrong with it in the user's language. */
function parseName(text: string, language: Language): { name: string | null } | { problem: string } {
  const parsed = personNameSchema.safeParse(text);
  if (parsed.success) return { name: parsed.data };
  return { problem: toFieldIssues(parsed.error.issues, language)[0]?.message ?? '' };
}

function PersonForm({ saved }: { saved: string | null }) {
  const { t, language } = useI18n();
  const update = useUpdateWorkstation();
  const [value, setValue] = useState(saved ?? '');
  const [checked, setChecked] = useState(false);
  const parsed = parseName(value, language);
  const localProblem = checked && 'problem' in parsed ? parsed.problem : undefined;
  const backendProblem = update.error ? (fieldMessage(update.error, 'personName') ?? describeError(update.error, t)) : undefined;

  const save = (text: string) => {
    setChecked(true);
    if ('problem' in parseName(text, language)) return;
    update.mutate(text, {
      onSuccess: ({ personName }) =>
        notifications.show({
          color: 'teal',
          message: personName ? t('workstation.saved', { name: personName }) : t('workstation.cleared'),
        }),
    });
  };

  return (
    <Stack gap="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save(value);
        }}
      >
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('workstation.name')}
            placeholder={t('workstation.placeholder')}
            leftSection={<IconUser size={16} />}
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              update.reset();
            }}
            onBlur={() => setChecked(true)}
            error={localProblem ?? backendProblem}
            w={340}
            data-testid="workstation-name"
          />
          <Button
            mt={25}
            type="submit"
            variant="default"
            disabled={'name' in parsed && parsed.name === saved}
            loading={update.isPending}
            data-testid="workstation-save"
          >
            {t('common.save')}
          </Button>
          {saved !== null && (
            <Button mt={25} variant="subtle" color="gray" onClick={() => save('')} data-testid="workstation-clear">
              {t('workstation.clear')}
            </Button>
          )}
        </Group>
      </form>
      <Text size="sm" c="dimmed" maw={640}>
        {t('workstation.help')}
      </Text>
    </Stack>
  );
}

/** Settings → General: who uses this PC, the name the change history and the timelines give what is entered here. */
export function WorkstationSection() {
  const { t } = useI18n();
  const query = useWorkstation();
  return (
    <SectionCard title={t('workstation.title')} testId="workstation-section">
      <QueryBody query={query} errorTitle={t('common.errorTitle')} emptyText="" isEmpty={() => false} testId="workstation">
        {(workstation) => <PersonForm key={workstation.personName ?? ''} saved={workstation.personName} />}
      </QueryBody>
    </SectionCard>
  );
}
