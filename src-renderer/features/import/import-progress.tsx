import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { send } from '../../api/client';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { useImportProgress } from './use-import-progress';

/** The bar under a running check or import, with its cancel button (a cancelled import saves nothing). */
export function ImportProgressBar({ jobId }: { jobId: string }) {
  const t = useT();
  const format = useFormatters();
  const progress = useImportProgress(jobId);
  const share = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
  return (
    <Stack gap={6} data-testid="import-progress">
      <Progress value={share} animated size="lg" />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {progress
            ? t(progress.phase === 'write' ? 'import.progress.write' : 'import.progress.validate', {
                done: format.number(progress.done),
                total: format.number(progress.total),
              })
            : t('import.file.uploading')}
        </Text>
        <Button
          size="xs"
          variant="default"
          color="red"
          leftSection={<IconPlayerStop size={14} />}
          onClick={() => void send('imports/cancel', { jobId })}
          data-testid="import-cancel"
        >
          {t('import.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
