import { Button, Center, EmptyState, Paper, Text } from '@mantine/core';
import { IconArrowRight, IconHourglassHigh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';
import type { UpcomingSection } from './nav-items';

/** A friendly placeholder for sections that are planned but not built yet. */
export function ComingSoonPage({ section }: { section: UpcomingSection }) {
  const t = useT();
  return (
    <Center mih="70vh">
      <Paper p="xl" maw={560} w="100%" data-testid="coming-soon">
        <EmptyState
          variant="light"
          size="lg"
          icon={<IconHourglassHigh size={32} stroke={1.5} />}
          title={`${t(`nav.${section}`)} · ${t('comingSoon.title')}`}
          description={t(`comingSoon.${section}`)}
        >
          <Text size="sm" c="dimmed" ta="center" mt="xs">
            {t('comingSoon.meanwhile')}
          </Text>
          <EmptyState.Actions>
            <Button component={Link} to="/customers" rightSection={<IconArrowRight size={16} />}>
              {t('comingSoon.goCustomers')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </Center>
  );
}
