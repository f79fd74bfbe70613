import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { CONTACT_CHANNELS, CONTACT_TOPICS } from '../../../../src-shared/domain/customers/schemas';
import type { ContactChannel, ContactTopic } from '../../../../src-shared/domain/customers/types';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';
import { emptyContact } from './customer-form-values';
import type { CustomerFormApi } from './use-customer-form';

/** The schema allows this many contacts per card. */
const MAX_CONTACTS = 50;

function ContactRow({ form, index }: { form: CustomerFormApi; index: number }) {
  const t = useT();
  const path = `contacts.${index}` as const;
  return (
    <Paper p="md" bg="gray.0" data-testid="contact-row">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput label={t('contacts.name')} withAsterisk maxLength={200} {...form.getInputProps(`${path}.name`)} />
          <TextInput label={t('contacts.role')} maxLength={120} {...form.getInputProps(`${path}.role`)} />
          <TextInput label={t('contacts.phone')} type="tel" maxLength={40} {...form.getInputProps(`${path}.phone`)} />
          <TextInput label={t('contacts.email')} type="email" maxLength={254} {...form.getInputProps(`${path}.email`)} />
        </SimpleGrid>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Select<ContactChannel>
            label={t('contacts.preferredChannel')}
            data={CONTACT_CHANNELS.map((channel) => ({ value: channel, label: t(`contacts.channel.${channel}`) }))}
            allowDeselect={false}
            w={200}
            {...form.getInputProps(`${path}.preferredChannel`)}
          />
          <MultiSelect<ContactTopic>
            label={t('contacts.topics')}
            data={CONTACT_TOPICS.map((topic) => ({ value: topic, label: t(`contacts.topic.${topic}`) }))}
            clearable
            miw={240}
            style={{ flex: 1 }}
            {...form.getInputProps(`${path}.topics`)}
          />
          <Tooltip label={t('contacts.remove')}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={25}
              aria-label={t('contacts.remove')}
              onClick={() => form.removeListItem('contacts', index)}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Add and remove the people to call or write to at this customer. */
export function ContactsEditor({ form }: { form: CustomerFormApi }) {
  const t = useT();
  const contacts = form.values.contacts;
  const add = () => form.insertListItem('contacts', emptyContact());
  return (
    <SectionCard
      title={t('customers.section.contacts')}
      actions={
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={add}
          disabled={contacts.length >= MAX_CONTACTS}
          data-testid="add-contact"
        >
          {t('contacts.add')}
        </Button>
      }
      testId="contacts-editor"
    >
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contacts.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {contacts.map((contact, index) => (
            <ContactRow key={contact.key} form={form} index={index} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
