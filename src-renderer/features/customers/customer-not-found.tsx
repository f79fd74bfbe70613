import { Button, EmptyState, Paper } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n-context';

export function CustomerNotFound() {
  const t = useT();
  return (
    <Paper p="xl" data-testid="customer-not-found">
      <EmptyState
        withIndicatorBackground
        icon={<IconUserQuestion size={32} stroke={1.5} />}
        title={t('customers.notFoundTitle')}
        description={t('customers.notFoundBody')}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/customers" variant="default">
            {t('customers.backToList')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
