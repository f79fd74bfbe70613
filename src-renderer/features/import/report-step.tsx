import { Alert, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { DuplicateChoice } from '../../../src-shared/domain/import/schemas';
import type { SheetReport } from '../../../src-shared/domain/import/types';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { IssueTable } from './issue-table';

interface ReportStepProps {
  report: SheetReport;
  duplicates: DuplicateChoice;
  onDuplicates(choice: DuplicateChoice): void;
}

/** What the check found: the counts, the skip/update choice for existing records, and every problem by row. */
export function ReportStep({ report, duplicates, onDuplicates }: ReportStepProps) {
  const t = useT();
  const format = useFormatters();
  return (
    <Stack gap="md">
      <Text data-testid="import-summary">
        {t('import.report.summary', {
          total: format.number(report.totalRows),
          valid: format.number(report.validRows),
          invalid: format.number(report.invalidRows),
          duplicates: format.number(report.duplicateRows),
        })}
      </Text>
      {report.kind !== 'payments' && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('import.duplicates.label')}
          </Text>
          <SegmentedControl<DuplicateChoice>
            value={duplicates}
            onChange={onDuplicates}
            data={[
              { value: 'skip', label: t('import.duplicates.skip') },
              { value: 'update', label: t('import.duplicates.update') },
            ]}
            w="fit-content"
            data-testid="import-duplicates"
          />
        </Stack>
      )}
      {report.issueCount === 0 ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />}>
          {t('import.report.none')}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {t('import.report.invalidSkipped')}
            {report.issueCount > report.issues.length &&
              ` ${t('import.report.more', { shown: format.number(report.issues.length), count: format.number(report.issueCount) })}`}
          </Alert>
          <IssueTable issues={report.issues} />
        </Stack>
      )}
    </Stack>
  );
}
