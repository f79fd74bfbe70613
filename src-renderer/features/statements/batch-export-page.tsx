import { Alert, Button, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileExport, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import type { BatchFilter } from '../../../src-shared/domain/statements/schemas';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { CompanyRequiredAlert, isCompanyRequired } from '../company-profile/company-required';
import { useCompanyProfile } from '../company-profile/queries';
import { useSystemInfo } from '../settings/queries';
import { BatchFilterFields } from './batch-filter-fields';
import { BatchSummary } from './batch-summary';
import { DocumentChoiceFields } from './document-choice-fields';
import { choiceProblem, defaultChoice, documentArgs } from './document-options';
import { cancelBatch, useBatchCount, useExportBatch } from './queries';
import { useBatchProgress } from './use-batch-progress';

/** Statements or letters for every customer matching a filter: into a folder, or one combined PDF. */
export function BatchExportPage() {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<BatchFilter>({ balance: 'nonzero', overdueOnly: false });
  const [choice, setChoice] = useState(() => defaultChoice('statement', language));
  const [layout, setLayout] = useState<'files' | 'combined'>('files');
  const [jobId, setJobId] = useState<string | null>(null);
  const count = useBatchCount(filter);
  const batch = useExportBatch();
  const progress = useBatchProgress(jobId);
  const mode = useSystemInfo().data?.mode;
  const company = useCompanyProfile();
  const noCompany = company.data !== undefined && !company.data.title;
  const running = batch.isPending;
  const total = progress?.total ?? count.data?.total ?? 0;

  const start = () => {
    const id = crypto.randomUUID();
    setJobId(id);
    batch.mutate({ filter, layout, jobId: id, ...documentArgs(choice) });
  };

  return (
    <Stack gap={0} maw={1000}>
      <PageHeader title={t('statements.batch.title')} meta={<Text c="dimmed">{t('statements.batch.subtitle')}</Text>} />
      <Stack gap="lg">
        {noCompany && <CompanyRequiredAlert />}
        <SectionCard title={t('statements.batch.who')}>
          <Stack gap="sm">
            <BatchFilterFields value={filter} onChange={setFilter} />
            <Text size="sm" c={count.data?.total === 0 ? 'orange' : 'dimmed'} data-testid="batch-count">
              {count.isError
                ? describeError(count.error, t)
                : count.data
                  ? count.data.total === 0
                    ? t('statements.batch.noneMatch')
                    : t('statements.batch.matching', { count: count.data.total })
                  : t('common.loading')}
            </Text>
          </Stack>
        </SectionCard>
        <SectionCard title={t('statements.batch.what')}>
          <Stack gap="md">
            <DocumentChoiceFields value={choice} onChange={setChoice} />
            <SegmentedControl<'files' | 'combined'>
              value={layout}
              onChange={setLayout}
              data={[
                { value: 'files', label: t('statements.batch.files') },
                { value: 'combined', label: t('statements.batch.combined') },
              ]}
              w="fit-content"
              data-testid="batch-layout"
            />
            {mode && mode !== 'electron' && (
              <Text size="sm" c="dimmed">
                {t('statements.batch.browserWhere')}
              </Text>
            )}
          </Stack>
        </SectionCard>
        <Group gap="sm">
          <Button
            leftSection={<IconFileExport size={16} />}
            onClick={start}
            loading={running}
            disabled={choiceProblem(choice) !== null || !count.data?.total || noCompany}
            data-testid="start-batch"
          >
            {t('statements.batch.start')}
          </Button>
          {running && jobId && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconPlayerStop size={16} />}
              onClick={() => void cancelBatch(jobId)}
              data-testid="cancel-batch"
            >
              {t('statements.batch.cancel')}
            </Button>
          )}
        </Group>
        {running && (
          <Stack gap={4} data-testid="batch-progress">
            <Progress value={total ? ((progress?.done ?? 0) / total) * 100 : 0} animated />
            <Text size="sm" c="dimmed">
              {t('statements.batch.progress', { done: progress?.done ?? 0, total })}
            </Text>
          </Stack>
        )}
        {batch.isError &&
          (isCompanyRequired(batch.error) ? (
            <CompanyRequiredAlert />
          ) : (
            <Alert color="red" title={t('common.errorTitle')}>
              {describeError(batch.error, t)}
            </Alert>
          ))}
        {batch.data && !running && <BatchSummary result={batch.data} />}
      </Stack>
    </Stack>
  );
}
