import { Button, Group, Text } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SectionCard } from '../../components/section-card';
import { useT } from '../../i18n/i18n-context';

/** Settings → Import: where people look for "bring my data in" on day one. */
export function ImportSettingsSection() {
  const t = useT();
  return (
    <SectionCard title={t('import.title')}>
      <Group justify="space-between" gap="md">
        <Text size="sm" c="dimmed" maw={560}>
          {t('import.subtitle')}
        </Text>
        <Button
          component={Link}
          to="/import"
          variant="default"
          leftSection={<IconDatabaseImport size={16} />}
          data-testid="settings-import"
        >
          {t('import.menu')}
        </Button>
      </Group>
    </SectionCard>
  );
}
