import { Button, Group, Text } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SectionCard } from '../../components/section-card';
import { useT } from '../../i18n/i18n-context';

/** Settings → General: the first-run setup, whenever the user wants it again. */
export function SetupReopenSection() {
  const t = useT();
  return (
    <SectionCard title={t('setup.reopen')} testId="setup-reopen">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('setup.reopenHint')}
        </Text>
        <Button component={Link} to="/setup" variant="default" leftSection={<IconRocket size={16} />} data-testid="open-setup">
          {t('setup.open')}
        </Button>
      </Group>
    </SectionCard>
  );
}
