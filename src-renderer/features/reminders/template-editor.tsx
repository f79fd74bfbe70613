import { templateLabel } from './template-label';
import {
  Badge,
  Button,
  Divider,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { templateSaveInput } from '../../../src-shared/domain/reminders/schemas';
import { TEMPLATE_PLACEHOLDERS, type ReminderTemplate } from '../../../src-shared/domain/reminders/types';
import type { Language } from '../../../src-shared/i18n/language';
import { toFieldIssues } from '../../../src-shared/validation/zod-issues';
import { QueryBody } from '../../components/query-body';
import { FormAlerts } from '../../forms/form-alerts';
import { joinedPathIn, sortIssues } from '../../forms/issues-to-errors';
import { useFormSave } from '../../forms/use-form-save';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useI18n } from '../../i18n/i18n-context';
import { CustomerPicker } from '../customers/customer-picker';
import { usePreview, useSaveTemplate, useTemplates } from './queries';
import { channelKey } from './reminder-labels';

const pathOf = joinedPathIn(/^(subject|body)$/);
const PREVIEW_DEBOUNCE_MS = 250;

function TemplatePreview({ customerId, template }: { customerId: number | null; template: ReminderTemplate }) {
  const { t } = useI18n();
  const [debounced] = useDebouncedValue(template, PREVIEW_DEBOUNCE_MS);
  const preview = usePreview(
    customerId === null
      ? null
      : { customerId, code: debounced.code, language: debounced.language, subject: debounced.subject, body: debounced.body },
  );
  if (customerId === null)
    return (
      <Text size="sm" c="dimmed" data-testid="template-preview-empty">
        {t('reminders.template.pickCustomer')}
      </Text>
    );
  return (
    <QueryBody
      query={preview}
      errorTitle={t('reminders.loadError')}
      emptyText=""
      isEmpty={() => false}
      testId="template-preview"
      rows={6}
    >
      {(rendered) => (
        <Stack gap="xs" data-testid="template-preview">
          {rendered.subject && (
            <Text fw={600} data-testid="preview-subject">
              {rendered.subject}
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="preview-body">
            {rendered.text}
          </Text>
        </Stack>
      )}
    </QueryBody>
  );
}

function TemplateForm({ template, customerId }: { template: ReminderTemplate; customerId: number | null }) {
  const { t, language } = useI18n();
  const save = useSaveTemplate();
  const { form, noteSubmitted } = useValidatedForm<ReminderTemplate>(template, (values): FormErrors => {
    const parsed = templateSaveInput.safeParse(values);
    return parsed.success ? {} : sortIssues(toFieldIssues(parsed.error.issues, language), t, pathOf).fields;
  });
  const { root, submit, failure, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    pathOf,
    save: (values: ReminderTemplate) => save.mutateAsync(values),
    onSaved: () => notifications.show({ color: 'teal', message: t('reminders.template.saved') }),
  });
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <form ref={root} onSubmit={submit} noValidate data-testid="template-form">
          <FormAlerts general={failure.general} hasFieldErrors={hasFieldErrors} />
          <Stack gap="sm">
            <TextInput
              label={t('reminders.template.subject')}
              {...form.getInputProps('subject')}
              data-path="subject"
              data-testid="template-subject"
            />
            <Textarea
              label={t('reminders.template.body')}
              autosize
              minRows={12}
              maxRows={24}
              {...form.getInputProps('body')}
              data-path="body"
              data-testid="template-body"
            />
            <Text size="xs" c="dimmed">
              {t('reminders.template.placeholders')}
            </Text>
            <Group gap={6}>
              {TEMPLATE_PLACEHOLDERS.map((name) => (
                <Badge key={name} variant="light" color="gray" tt="none" ff="monospace">{`{{${name}}}`}</Badge>
              ))}
            </Group>
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={save.isPending}
                leftSection={<IconDeviceFloppy size={16} />}
                data-testid="save-template"
              >
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper withBorder p="md" bg="gray.0">
          <Title order={4} fz="sm" mb="sm">
            {t('reminders.template.preview')}
          </Title>
          <TemplatePreview customerId={customerId} template={form.getValues()} />
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

/** Pick a template and language, edit it, and see it filled in with a real customer's figures as you type. */
export function TemplateEditor() {
  const { t, language: appLanguage } = useI18n();
  const templates = useTemplates();
  const [code, setCode] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(appLanguage);
  const [customerId, setCustomerId] = useState<number | null>(null);
  return (
    <QueryBody
      query={templates}
      errorTitle={t('reminders.loadError')}
      emptyText=""
      isEmpty={() => false}
      testId="templates"
      rows={6}
    >
      {(list) => {
        const codes = [...new Map(list.map((tpl) => [tpl.code, tpl])).values()];
        const currentCode = code ?? codes[0]?.code ?? '';
        const channel = codes.find((tpl) => tpl.code === currentCode)?.channel ?? 'email';
        const template = list.find((tpl) => tpl.code === currentCode && tpl.language === language) ?? {
          code: currentCode,
          language,
          channel,
          subject: '',
          body: '',
        };
        return (
          <Paper p="lg">
            <Group align="flex-end" gap="lg" mb="md" wrap="wrap">
              <Select
                label={t('reminders.template.pick')}
                w={300}
                allowDeselect={false}
                data={codes.map((tpl) => ({
                  value: tpl.code,
                  label: `${templateLabel(t, tpl.code)} · ${t(channelKey(tpl.channel))}`,
                }))}
                value={currentCode}
                onChange={setCode}
                data-testid="template-pick"
              />
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('reminders.template.language')}
                </Text>
                <SegmentedControl
                  value={language}
                  onChange={(value) => setLanguage(value as Language)}
                  data={[
                    { value: 'tr', label: 'Türkçe' },
                    { value: 'en', label: 'English' },
                  ]}
                  data-testid="template-language"
                />
              </Stack>
              <CustomerPicker
                label={t('reminders.template.previewCustomer')}
                w={320}
                value={customerId}
                onChange={setCustomerId}
                data-testid="preview-customer"
              />
            </Group>
            <Divider mb="md" />
            <TemplateForm key={`${template.code}:${template.language}`} template={template} customerId={customerId} />
          </Paper>
        );
      }}
    </QueryBody>
  );
}
