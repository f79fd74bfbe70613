import {
  ActionIcon,
  Button,
  Checkbox,
  Chip,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { templateLabel } from './template-label';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { policySaveInput, type PolicySaveInput } from '../../../src-shared/domain/reminders/schemas';
import { REMINDER_CHANNELS, type ReminderPolicy, type ReminderTemplate } from '../../../src-shared/domain/reminders/types';
import { toFieldIssues } from '../../../src-shared/validation/zod-issues';
import { QueryBody } from '../../components/query-body';
import { FormAlerts } from '../../forms/form-alerts';
import { joinedPathIn, sortIssues } from '../../forms/issues-to-errors';
import { useFormSave } from '../../forms/use-form-save';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useI18n } from '../../i18n/i18n-context';
import { usePolicies, useSavePolicy, useTemplates } from './queries';
import { channelKey, levelKey } from './reminder-labels';

type PolicyValues = Required<Pick<PolicySaveInput, 'name'>> & {
  id?: number;
  segments: ('A' | 'B' | 'C' | 'D')[];
  steps: NonNullable<PolicySaveInput['steps']>;
};

const SEGMENTS = ['A', 'B', 'C', 'D'] as const;
const pathOf = joinedPathIn(/^(name|segments|steps|steps\.\d+\.(offsetDays|channel|templateCode|level))$/);

const valuesOf = (policy: ReminderPolicy | null, name: string): PolicyValues =>
  policy
    ? { id: policy.id, name: policy.name, segments: policy.segments, steps: policy.steps.map((s) => ({ ...s })) }
    : {
        name,
        segments: [],
        steps: [
          {
            offsetDays: 3,
            channel: 'email',
            templateCode: 'first_reminder',
            needsApproval: false,
            level: 1,
            attachStatement: true,
          },
        ],
      };

function PolicyForm({
  policy,
  templates,
  onSaved,
}: {
  policy: ReminderPolicy | null;
  templates: ReminderTemplate[];
  onSaved: (id: number) => void;
}) {
  const { t, language } = useI18n();
  const save = useSavePolicy();
  const { form, noteSubmitted } = useValidatedForm<PolicyValues>(
    valuesOf(policy, t('reminders.policy.newName')),
    (values): FormErrors => {
      const parsed = policySaveInput.safeParse(values);
      return parsed.success ? {} : sortIssues(toFieldIssues(parsed.error.issues, language), t, pathOf).fields;
    },
  );
  const { root, submit, failure, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    pathOf,
    save: (values: PolicyValues) => save.mutateAsync(values),
    onSaved: (saved) => {
      notifications.show({ color: 'teal', message: t('reminders.policy.saved') });
      onSaved(saved.id);
    },
  });
  const templateOptions = (channel: string) =>
    [...new Set(templates.filter((tpl) => tpl.channel === channel).map((tpl) => tpl.code))].map((code) => ({
      value: code,
      label: templateLabel(t, code),
    }));
  const steps = form.getValues().steps;
  return (
    <form ref={root} onSubmit={submit} noValidate data-testid="policy-form">
      <FormAlerts general={failure.general} hasFieldErrors={hasFieldErrors} />
      <Stack gap="md">
        <Group align="flex-end" gap="lg">
          <TextInput
            label={t('reminders.policy.name')}
            w={320}
            {...form.getInputProps('name')}
            data-path="name"
            data-testid="policy-name"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('reminders.policy.segments')}
            </Text>
            <Chip.Group multiple {...form.getInputProps('segments')}>
              <Group gap="xs">
                {SEGMENTS.map((segment) => (
                  <Chip key={segment} value={segment} data-testid={`policy-segment-${segment}`}>
                    {segment}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
        </Group>
        <Text size="xs" c="dimmed">
          {t('reminders.policy.segmentsHint')} {t('reminders.step.offsetHint')}
        </Text>
        <Table data-testid="policy-steps" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t('reminders.step.offset')}</Table.Th>
              <Table.Th w={150}>{t('reminders.step.channel')}</Table.Th>
              <Table.Th>{t('reminders.step.template')}</Table.Th>
              <Table.Th w={190}>{t('reminders.step.level')}</Table.Th>
              <Table.Th w={110}>{t('reminders.step.approval')}</Table.Th>
              <Table.Th w={110}>{t('reminders.step.statement')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.map((step, i) => {
              const email = step.channel === 'email';
              return (
                <Table.Tr key={form.key(`steps.${i}`)} data-testid="policy-step">
                  <Table.Td>
                    <NumberInput
                      allowDecimal={false}
                      clampBehavior="none"
                      {...form.getInputProps(`steps.${i}.offsetDays`)}
                      data-path={`steps.${i}.offsetDays`}
                      aria-label={t('reminders.step.offset')}
                      data-testid="step-offset"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      allowDeselect={false}
                      data={REMINDER_CHANNELS.map((c) => ({ value: c, label: t(channelKey(c)) }))}
                      {...form.getInputProps(`steps.${i}.channel`)}
                      onChange={(channel) => {
                        form.setFieldValue(`steps.${i}.channel`, channel as typeof step.channel);
                        form.setFieldValue(`steps.${i}.templateCode`, templateOptions(channel ?? '')[0]?.value ?? '');
                      }}
                      data-path={`steps.${i}.channel`}
                      aria-label={t('reminders.step.channel')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      allowDeselect={false}
                      data={templateOptions(step.channel)}
                      {...form.getInputProps(`steps.${i}.templateCode`)}
                      data-path={`steps.${i}.templateCode`}
                      aria-label={t('reminders.step.template')}
                      data-testid="step-template"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      allowDeselect={false}
                      data={[0, 1, 2, 3, 4].map((level) => ({ value: String(level), label: t(levelKey(level)) }))}
                      value={String(step.level)}
                      error={form.errors[`steps.${i}.level`]}
                      onChange={(level) => form.setFieldValue(`steps.${i}.level`, Number(level))}
                      data-path={`steps.${i}.level`}
                      aria-label={t('reminders.step.level')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      disabled={!email}
                      {...form.getInputProps(`steps.${i}.needsApproval`, { type: 'checkbox' })}
                      aria-label={t('reminders.step.approval')}
                      data-testid="step-approval"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      disabled={!email}
                      {...form.getInputProps(`steps.${i}.attachStatement`, { type: 'checkbox' })}
                      aria-label={t('reminders.step.statement')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => form.removeListItem('steps', i)}
                      aria-label={t('reminders.step.remove')}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {form.errors.steps && (
          <Text size="sm" c="red.7">
            {form.errors.steps}
          </Text>
        )}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              const last = steps.at(-1)?.offsetDays ?? 0;
              form.insertListItem('steps', {
                offsetDays: Number(last) + 7,
                channel: 'email',
                templateCode: 'first_reminder',
                needsApproval: false,
                level: 1,
                attachStatement: false,
              });
            }}
            data-testid="add-step"
          >
            {t('reminders.step.add')}
          </Button>
          <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={16} />} data-testid="save-policy">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Pick a policy (or start a new one) and edit its steps and segments. */
export function PolicyEditor() {
  const { t } = useI18n();
  const policies = usePolicies();
  const templates = useTemplates();
  const [chosen, setChosen] = useState<number | 'new' | null>(null);
  return (
    <QueryBody
      query={{
        ...policies,
        data: policies.data && templates.data ? { policies: policies.data, templates: templates.data } : undefined,
        isError: policies.isError || templates.isError,
      }}
      errorTitle={t('reminders.loadError')}
      emptyText={t('reminders.policy.empty')}
      isEmpty={() => false}
      testId="policies"
      rows={6}
    >
      {({ policies: list, templates: tpls }) => {
        const current = chosen === 'new' ? null : (list.find((p) => p.id === chosen) ?? list[0] ?? null);
        return (
          <Paper p="lg">
            <Group mb="lg" gap="xs">
              {list.map((p) => (
                <Button
                  key={p.id}
                  variant={current?.id === p.id ? 'filled' : 'default'}
                  onClick={() => setChosen(p.id)}
                  data-testid="policy-pick"
                >
                  {p.name} {p.segments.length > 0 && `(${p.segments.join(', ')})`}
                </Button>
              ))}
              <Button
                variant={chosen === 'new' ? 'filled' : 'subtle'}
                leftSection={<IconPlus size={16} />}
                onClick={() => setChosen('new')}
                data-testid="policy-new"
              >
                {t('reminders.policy.new')}
              </Button>
            </Group>
            <PolicyForm key={current?.id ?? 'new'} policy={current} templates={tpls} onSaved={(id) => setChosen(id)} />
          </Paper>
        );
      }}
    </QueryBody>
  );
}
