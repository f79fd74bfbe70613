import { Button, EmptyState, Paper } from '@mantine/core';
import { IconDatabaseImport, IconFileInvoice, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n-context';

/** No invoice at all yet: say what the list is for and offer to issue the first. */
export function NoInvoicesYet({ newInvoicePath }: { newInvoicePath: string }) {
  const t = useT();
  return (
    <Paper p="xl" data-testid="invoices-empty">
      <EmptyState
        variant="light"
        size="lg"
        icon={<IconFileInvoice size={32} stroke={1.5} />}
        title={t('invoices.empty.title')}
        description={t('invoices.empty.body')}
      >
        <EmptyState.Actions>
          <Button component={Link} to={newInvoicePath} leftSection={<IconPlus size={16} />}>
            {t('invoices.new')}
          </Button>
          <Button component={Link} to="/import" variant="default" leftSection={<IconDatabaseImport size={16} />}>
            {t('empty.import')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

export function NoMatchingInvoices({ search, onClear }: { search: string; onClear: () => void }) {
  const t = useT();
  const searching = search.trim() !== '';
  return (
    <Paper p="xl" data-testid="invoices-no-match">
      <EmptyState
        icon={searching ? <IconSearch size={32} stroke={1.5} /> : <IconFilterOff size={32} stroke={1.5} />}
        withIndicatorBackground
        title={t('invoices.noMatch.title')}
        description={searching ? t('invoices.noMatch.body', { search: search.trim() }) : t('invoices.noMatch.filters')}
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={onClear}>
            {t('invoices.clearFilters')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
