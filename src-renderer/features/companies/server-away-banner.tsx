import { Alert, Loader } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AppError } from '../../../src-shared/contract/errors';
import { useT } from '../../i18n/i18n-context';

const RETRY_MS = 3_000;

const isAway = (query: Query): boolean =>
  query.state.status === 'error' && query.state.error instanceof AppError && query.state.error.kind === 'unavailable';

/**
 * The company's server cannot be reached: said once above every screen, and the screens that failed are asked again
 * every few seconds until it answers (pg's pool connects again by itself); then every screen is refreshed, since other
 * PCs may have written meanwhile. Nothing on SQLite, which never answers `unavailable`.
 */
export function ServerAwayBanner() {
  const t = useT();
  const queryClient = useQueryClient();
  const [away, setAway] = useState(false);
  useEffect(() => {
    const cache = queryClient.getQueryCache();
    const update = () => setAway(cache.getAll().some(isAway));
    update();
    return cache.subscribe(update);
  }, [queryClient]);
  useEffect(() => {
    if (!away) return undefined;
    const timer = setInterval(() => {
      void queryClient.refetchQueries({ predicate: isAway }).then(() => {
        if (!queryClient.getQueryCache().getAll().some(isAway)) void queryClient.invalidateQueries();
      });
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [away, queryClient]);
  if (!away) return null;
  return (
    <Alert color="orange" icon={<IconPlugConnectedX size={18} />} mb="md" data-testid="server-away">
      {t('servers.unavailable')} <Loader size="xs" color="orange" ml={6} />
    </Alert>
  );
}
