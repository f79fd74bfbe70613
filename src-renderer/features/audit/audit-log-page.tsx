import { Button, Center, Stack, Text } from '@mantine/core';
import { IconFilterOff, IconHistory } from '@tabler/icons-react';
import { EmptyPanel } from '../../components/empty-panel';
import { QueryErrorState } from '../../components/error-state';
import { ListSkeleton } from '../../components/list-skeleton';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n/i18n-context';
import { AuditEntryCard } from './audit-entry-card';
import { AuditLogFilters } from './audit-log-filters';
import { useAuditLog } from './queries';
import { useAuditFilter } from './use-audit-filter';

/** "Change history": the append-only audit log, newest first, of everything or of one record. */
export function AuditLogPage() {
  const t = useT();
  const [filter, setFilter] = useAuditFilter();
  const log = useAuditLog(filter);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = filter.entity !== null || filter.from !== '' || filter.to !== '';

  const body = () => {
    if (log.isPending && log.fetchStatus !== 'idle') return <ListSkeleton testId="audit-loading" />;
    if (log.isError && !log.data) {
      return <QueryErrorState title={t('audit.loadError')} query={log} />;
    }
    if (entries.length === 0) {
      return (
        <EmptyPanel
          testId={filtered ? 'audit-no-match' : 'audit-empty'}
          icon={filtered ? <IconFilterOff size={32} stroke={1.5} /> : <IconHistory size={32} stroke={1.5} />}
          title={filtered ? t('audit.noMatch') : t('audit.empty.title')}
          description={filtered ? undefined : t('audit.empty.body')}
        />
      );
    }
    return (
      <Stack gap="sm" pb="md" data-testid="audit-list" style={{ opacity: log.isPlaceholderData ? 0.6 : 1 }}>
        {entries.map((entry) => (
          <AuditEntryCard key={entry.id} entry={entry} />
        ))}
        {log.hasNextPage && (
          <Center>
            <Button
              variant="default"
              onClick={() => void log.fetchNextPage()}
              loading={log.isFetchingNextPage}
              data-testid="audit-more"
            >
              {t('audit.loadMore')}
            </Button>
          </Center>
        )}
        {log.isFetchNextPageError && (
          <Text size="sm" c="red" ta="center">
            {t('audit.loadError')}
          </Text>
        )}
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        meta={
          <Text size="sm" c="dimmed">
            {t('audit.subtitle')}
          </Text>
        }
      />
      <AuditLogFilters filter={filter} onChange={setFilter} />
      {/* Only the entries scroll: the filters stay in view. */}
      <div style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>{body()}</div>
    </>
  );
}
