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
    <SectionCard title={t('customer.section.contacts')} testId="section-contacts">
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contact.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped highlightOnHover data-testid="contacts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contact.name')}</Table.Th>
                <Table.Th>{t('contact.role')}</Table.Th>
                <Table.Th>{t('contact.phone')}</Table.Th>
                <Table.Th>{t('contact.email')}</Table.Th>
                <Table.Th>{t('contact.preferredChannel')}</Table.Th>
                <Table.Th>{t('contact.topics')}</Table.Th>
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
                  <Table.Td>{t(`contact.channel.${contact.preferredChannel}`)}</Table.Td>
                  <Table.Td>
                    {contact.topics.length === 0 ? (
                      <Dash value="" />
                    ) : (
                      <Group gap={4}>
                        {contact.topics.map((topic) => (
                          <Badge key={topic} size="xs" variant="light" color="gray" tt="none">
                            {t(`contact.topic.${topic}`)}
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
