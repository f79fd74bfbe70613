import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconBuildingBank, IconChecks } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { BANK_LINE_STATUSES, type BankLineStatus } from '../../../src-shared/domain/bank/schemas';
import type { BankLine } from '../../../src-shared/domain/bank/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { EmptyPanel } from '../../components/empty-panel';
import { ErrorState } from '../../components/error-state';
import { FullHeightPage } from '../../components/full-height-page';
import { ListSkeleton } from '../../components/list-skeleton';
import { PageHeader } from '../../components/page-header';
import { describeError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { ImportPanel } from './import-panel';
import { LineReviewModal } from './line-review-modal';
import { LineTable } from './line-table';
import { useAcceptLines, useBankAccounts, useBankLines } from './queries';

/**
 * Banka hareketleri: import a day's statement, accept the confident matches at once, look at the doubtful ones
 * (candidates, a customer by hand, the allocation, a split) or dismiss them. The status and account are in the
 * address, so a reload keeps the view.
 */
export function BankPage() {
  const t = useT();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const status = (BANK_LINE_STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as BankLineStatus)
    : 'open';
  const accounts = useBankAccounts();
  const account = params.get('account') ?? accounts.data?.[0]?.iban ?? null;
  const lines = useBankLines(status, account);
  const accept = useAcceptLines();
  const [confirming, setConfirming] = useState(false);
  const [reviewing, setReviewing] = useState<BankLine | null>(null);

  const set = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const first = lines.data?.pages[0];
  const rows = lines.data?.pages.flatMap((p) => p.items) ?? [];
  const confident = first?.confident;

  const acceptAll = () =>
    accept.mutate(
      { allConfident: true, ...(account ? { accountIban: account } : {}) },
      {
        onSuccess: (r) => {
          setConfirming(false);
          notifications.show({ color: 'teal', message: t('bank.acceptAll.done', { count: r.accepted }) });
        },
        onError: (e) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(e, t) }),
      },
    );

  return (
    <FullHeightPage>
      <PageHeader title={t('bank.title')} meta={<Text c="dimmed">{t('bank.subtitle')}</Text>} />
      <Stack gap="md" style={{ flex: 1, minHeight: 0 }}>
        {accounts.isError ? (
          <ErrorState
            title={t('bank.loadError')}
            error={accounts.error}
            onRetry={() => void accounts.refetch()}
            retrying={accounts.isFetching}
          />
        ) : accounts.data ? (
          <ImportPanel accounts={accounts.data} account={account} onAccount={(iban) => set('account', iban)} />
        ) : (
          <ListSkeleton rows={2} testId="bank-accounts-loading" />
        )}
        <Group justify="space-between">
          <SegmentedControl
            value={status}
            onChange={(v) => set('status', v === 'open' ? null : v)}
            data={BANK_LINE_STATUSES.map((s) => ({
              value: s,
              label: `${t(`bank.status.${s}`)}${first ? ` (${first.counts[s]})` : ''}`,
            }))}
            data-testid="bank-status"
          />
          {status === 'open' && (
            <Button
              leftSection={<IconChecks size={16} />}
              color="teal"
              disabled={!confident || confident.count === 0}
              onClick={() => setConfirming(true)}
              data-testid="bank-accept-all"
            >
              {t('bank.acceptAll.button', { count: confident?.count ?? 0 })}
            </Button>
          )}
        </Group>
        {lines.isError && !lines.data ? (
          <ErrorState
            title={t('bank.loadError')}
            error={lines.error}
            onRetry={() => void lines.refetch()}
            retrying={lines.isFetching}
          />
        ) : !lines.data ? (
          <ListSkeleton rows={6} testId="bank-lines-loading" />
        ) : rows.length === 0 ? (
          <EmptyPanel
            icon={<IconBuildingBank size={28} />}
            title={t(`bank.empty.${status}`)}
            description={status === 'open' ? t('bank.empty.openHint') : undefined}
            testId="bank-empty"
          />
        ) : (
          <LineTable
            rows={rows}
            hasMore={lines.hasNextPage}
            loadingMore={lines.isFetchingNextPage}
            loadMoreFailed={lines.isFetchNextPageError}
            onLoadMore={() => void lines.fetchNextPage()}
            scrollKey={`${status}:${account ?? ''}`}
            onOpen={setReviewing}
          />
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('bank.acceptAll.title')}
        message={t('bank.acceptAll.message', {
          count: confident?.count ?? 0,
          total: (confident?.totals ?? []).map((x) => format.money(x.amount, x.currency)).join(' + '),
        })}
        confirmLabel={t('bank.acceptAll.confirm')}
        loading={accept.isPending}
        onConfirm={acceptAll}
        onCancel={() => setConfirming(false)}
      />
      {reviewing && <LineReviewModal key={reviewing.id} line={reviewing} onClose={() => setReviewing(null)} />}
    </FullHeightPage>
  );
}
