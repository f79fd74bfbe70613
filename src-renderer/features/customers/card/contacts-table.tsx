import { Badge, Group, Table, Text } from '@mantine/core';
import type { Contact } from '../../../../src-shared/domain/customers/types';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';

function Dash({ value }: { value: string }) {
  const t = useT();
  return value ? (
    <>{value}</>
  ) : (
    <Text span c="dimmed">
      {t('common.none')}
    </Text>
  );
}

export function ContactsSection({ contacts }: { contacts: Contact[] }) {
  const t = useT();
  return (
    <SectionCard title={t('customers.section.contacts')} testId="section-contacts">
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contacts.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped highlightOnHover data-testid="contacts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contacts.name')}</Table.Th>
                <Table.Th>{t('contacts.role')}</Table.Th>
                <Table.Th>{t('contacts.phone')}</Table.Th>
                <Table.Th>{t('contacts.email')}</Table.Th>
                <Table.Th>{t('contacts.preferredChannel')}</Table.Th>
                <Table.Th>{t('contacts.topics')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((contact) => (
                <Table.Tr key={contact.id}>
                  <Table.Td fw={500}>{contact.name}</Table.Td>
                  <Table.Td>
                    <Dash value={contact.role} />
                  </Table.Td>
                  <Table.Td>
                    <Dash value={contact.phone} />
                  </Table.Td>
                  <Table.Td>
                    <Dash value={contact.email} />
                  </Table.Td>
                  <Table.Td>{t(`contacts.channel.${contact.preferredChannel}`)}</Table.Td>
                  <Table.Td>
                    {contact.topics.length === 0 ? (
                      <Dash value="" />
                    ) : (
                      <Group gap={4}>
                        {contact.topics.map((topic) => (
                          <Badge key={topic} size="xs" variant="light" color="gray" tt="none">
                            {t(`contacts.topic.${topic}`)}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
