import { Alert, Button, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconChecklist, IconDatabaseImport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { IMPORT_KINDS, type ImportKind, type SheetKind } from '../../../src-shared/domain/import/fields';
import type { ColumnMapping, DuplicateChoice } from '../../../src-shared/domain/import/schemas';
import { send } from '../../api/client';
import { PageHeader } from '../../components/page-header';
import { describeError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { FileStep } from './file-step';
import { ImportProgressBar } from './import-progress';
import { MappingStep } from './mapping-step';
import { ReportStep } from './report-step';
import { EfaturaResultView, SheetResult } from './result-step';
import { uploadFiles } from './upload-file';

type Step = 0 | 1 | 2 | 3;

const initialKind = (value: string | null): ImportKind =>
  (IMPORT_KINDS as readonly string[]).includes(value ?? '') ? (value as ImportKind) : 'customers';

/**
 * The import wizard: file → columns (spreadsheets) → check every row → import. Nothing is written before the
 * last step, and that step writes all valid rows in one transaction or, if cancelled or failed, nothing.
 */
export function ImportPage() {
  const t = useT();
  const format = useFormatters();
  const [params] = useSearchParams();
  const [step, setStep] = useState<Step>(0);
  const [kind, setKind] = useState<ImportKind>(() => initialKind(params.get('kind')));
  const [files, setFiles] = useState<File[]>([]);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [jobId, setJobId] = useState<string | null>(null);
  const sheetKind = kind as SheetKind;
  const source = { uploadId: uploadId ?? '' };

  const inspect = useMutation({
    mutationFn: async () => {
      const id = await uploadFiles(files);
      setUploadId(id);
      return {
        id,
        inspected: kind === 'efatura' ? null : await send('imports/inspect', { source: { uploadId: id }, kind: sheetKind }),
      };
    },
    onSuccess: ({ id, inspected }) => {
      if (!inspected) return efatura.mutate(id);
      setMapping(inspected.mapping);
      setStep(1);
    },
  });
  const validate = useMutation({
    mutationFn: (choice: DuplicateChoice) => {
      const id = crypto.randomUUID();
      setJobId(id);
      return send('imports/validate', { source, kind: sheetKind, mapping, duplicates: choice, jobId: id });
    },
    onSuccess: () => setStep(2),
  });
  const commit = useMutation({
    mutationFn: () => {
      const id = crypto.randomUUID();
      setJobId(id);
      return send('imports/commit', { source, kind: sheetKind, mapping, duplicates, jobId: id });
    },
    onSuccess: () => setStep(3),
  });
  const efatura = useMutation({
    mutationFn: (id: string) => {
      const job = crypto.randomUUID();
      setJobId(job);
      return send('imports/efatura', { source: { uploadId: id }, jobId: job });
    },
    onSuccess: () => setStep(3),
  });

  const reset = () => {
    for (const m of [inspect, validate, commit, efatura]) m.reset();
    setFiles([]);
    setUploadId(null);
    setStep(0);
  };
  const failed = [inspect, validate, commit, efatura].find((m) => m.isError);
  const running = validate.isPending || commit.isPending || efatura.isPending;
  const report = validate.data;

  return (
    <Stack gap={0} maw={1100}>
      <PageHeader title={t('import.title')} meta={<Text c="dimmed">{t('import.subtitle')}</Text>} />
      <Paper p="lg">
        {/* e-Fatura files need no mapping or row check: their own report comes with the result. */}
        <Stepper
          active={step === 3 ? 4 : kind === 'efatura' ? Math.min(step, 1) : step}
          size="sm"
          allowNextStepsSelect={false}
          mb="xl"
        >
          <Stepper.Step label={t('import.step.file')} />
          {kind !== 'efatura' && <Stepper.Step label={t('import.step.mapping')} />}
          {kind !== 'efatura' && <Stepper.Step label={t('import.step.check')} />}
          <Stepper.Step label={t('import.step.done')} />
        </Stepper>
        <Stack gap="lg">
          {step === 0 && (
            <FileStep
              kind={kind}
              onKind={(k) => {
                setKind(k);
                setFiles([]);
              }}
              files={files}
              onFiles={setFiles}
            />
          )}
          {step === 1 && inspect.data?.inspected && (
            <MappingStep kind={sheetKind} inspected={inspect.data.inspected} mapping={mapping} onMapping={setMapping} />
          )}
          {step === 2 && report && (
            <ReportStep
              report={report}
              duplicates={duplicates}
              onDuplicates={(choice) => {
                setDuplicates(choice);
                validate.mutate(choice);
              }}
            />
          )}
          {step === 3 && commit.data && <SheetResult result={commit.data} onAgain={reset} />}
          {step === 3 && efatura.data && <EfaturaResultView result={efatura.data} onAgain={reset} />}

          {running && jobId && <ImportProgressBar jobId={jobId} />}
          {failed && (
            <Alert color="red" title={t('common.errorTitle')} data-testid="import-error">
              {describeError(failed.error, t)}
            </Alert>
          )}

          {step < 3 && (
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} />}
                disabled={step === 0 || running}
                onClick={() => setStep((s) => (s - 1) as Step)}
              >
                {t('import.back')}
              </Button>
              {step === 0 && (
                <Button
                  rightSection={<IconArrowRight size={16} />}
                  disabled={files.length === 0}
                  loading={inspect.isPending || efatura.isPending}
                  onClick={() => inspect.mutate()}
                  data-testid="import-next"
                >
                  {kind === 'efatura' ? t('import.efatura.run') : t('import.next')}
                </Button>
              )}
              {step === 1 && (
                <Button
                  leftSection={<IconChecklist size={16} />}
                  loading={validate.isPending}
                  onClick={() => validate.mutate(duplicates)}
                  data-testid="import-check"
                >
                  {t('import.check.run')}
                </Button>
              )}
              {step === 2 && report && (
                <Button
                  leftSection={<IconDatabaseImport size={16} />}
                  disabled={report.validRows === 0 || validate.isPending}
                  loading={commit.isPending}
                  onClick={() => commit.mutate()}
                  data-testid="import-commit"
                >
                  {report.validRows === 0
                    ? t('import.commitNothing')
                    : t('import.commit', { count: format.number(report.validRows) })}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
