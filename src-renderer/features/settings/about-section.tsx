import { Code, Skeleton, Stack } from '@mantine/core';
import { ErrorState } from '../../components/error-state';
import { FieldList } from '../../components/field-list';
import { SectionCard } from '../../components/section-card';
import { useT } from '../../i18n/i18n-context';
import { useSystemInfo } from './queries';

export function AboutSection() {
  const t = useT();
  const info = useSystemInfo();

  if (info.isError) {
    return (
      <ErrorState
        title={t('settings.aboutError')}
        error={info.error}
        onRetry={() => void info.refetch()}
        retrying={info.isFetching}
      />
    );
  }
  return (
    <SectionCard title={t('settings.about')} testId="about">
      {info.data ? (
        <FieldList
          labelWidth={200}
          fields={[
            { label: t('settings.version'), value: info.data.appVersion, testId: 'app-version' },
            { label: t('settings.mode'), value: t(`settings.mode.${info.data.mode}`), testId: 'run-mode' },
            {
              label: t('settings.dataFile'),
              value: <Code style={{ wordBreak: 'break-all' }}>{info.data.databaseFile}</Code>,
              testId: 'data-file',
            },
            { label: t('settings.schemaVersion'), value: String(info.data.schemaVersion) },
          ]}
        />
      ) : (
        <Stack gap="sm" aria-busy>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} height={18} width={`${70 - i * 10}%`} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
