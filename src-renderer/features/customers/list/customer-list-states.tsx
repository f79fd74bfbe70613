import { Button, EmptyState, Paper } from '@mantine/core';
import { IconFilterOff, IconPlus, IconSearch, IconUsersPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n-context';
import { StartActions } from '../../setup/start-actions';

/** Nobody here yet: explain what a customer card is for and offer to create the first. */
export function NoCustomersYet() {
  const t = useT();
  return (
    <Paper p="xl" data-testid="customers-empty">
      <EmptyState
        variant="light"
        size="lg"
        icon={<IconUsersPlus size={32} stroke={1.5} />}
        title={t('customers.empty.title')}
        description={t('customers.empty.body')}
      >
        <EmptyState.Actions>
          <Button component={Link} to="/customers/new" leftSection={<IconPlus size={16} />}>
            {t('customers.new')}
          </Button>
          <StartActions withoutNewCustomer />
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

export function NoMatchingCustomers({
  search,
  onlySearch,
  onClear,
}: {
  search: string;
  onlySearch: boolean;
  onClear: () => void;
}) {
  const t = useT();
  const searching = search.trim() !== '';
  return (
    <Paper p="xl" data-testid="customers-no-match">
      <EmptyState
        icon={searching ? <IconSearch size={32} stroke={1.5} /> : <IconFilterOff size={32} stroke={1.5} />}
        withIndicatorBackground
        title={t('customers.noMatch.title')}
        description={searching ? t('customers.noMatch.body', { search: search.trim() }) : t('customers.noMatch.filters')}
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={onClear}>
            {onlySearch ? t('customers.clearSearch') : t('customers.clearFilters')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
