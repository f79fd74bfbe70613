import { Checkbox, Group, SegmentedControl, Stack } from '@mantine/core';
import type { DocumentKind } from '../../../src-shared/domain/statements/schemas';
import type { Language } from '../../../src-shared/i18n/language';
import { DateInput } from '../../components/date-input';
import { useT } from '../../i18n/i18n-context';
import { choiceProblem, type DocumentChoice } from './document-options';

interface Props {
  value: DocumentChoice;
  onChange: (choice: DocumentChoice) => void;
}

/** Kind, period (or the day of a letter), language and the open-items option. */
export function DocumentChoiceFields({ value, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<DocumentChoice>) => onChange({ ...value, ...patch });
  const problem = choiceProblem(value);
  const withPeriod = value.kind === 'statement' && !value.openItemsOnly;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <SegmentedControl<DocumentKind>
          value={value.kind}
          onChange={(kind) => set({ kind })}
          data={[
            { value: 'statement', label: t('statements.kind.statement') },
            { value: 'reconciliation', label: t('statements.kind.reconciliation') },
          ]}
          aria-label={t('statements.kind')}
          data-testid="document-kind"
        />
        <SegmentedControl<Language>
          value={value.language}
          onChange={(language) => set({ language })}
          data={[
            { value: 'tr', label: 'Türkçe' },
            { value: 'en', label: 'English' },
          ]}
          aria-label={t('statements.language')}
          data-testid="document-language"
        />
      </Group>
      <Group gap="sm" align="flex-start">
        {withPeriod && (
          <DateInput
            label={t('statements.from')}
            value={value.from}
            onChange={(from) => set({ from })}
            w={170}
            data-testid="document-from"
          />
        )}
        <DateInput
          label={t(value.kind === 'reconciliation' ? 'statements.asOf' : withPeriod ? 'statements.to' : 'statements.asOf')}
          value={value.to}
          onChange={(to) => set({ to })}
          w={170}
          error={problem ? t(problem) : undefined}
          data-testid="document-to"
        />
      </Group>
      {value.kind === 'statement' && (
        <Checkbox
          label={t('statements.openItemsOnly')}
          description={t('statements.openItemsHint')}
          checked={value.openItemsOnly}
          onChange={(event) => set({ openItemsOnly: event.currentTarget.checked })}
          data-testid="open-items-only"
        />
      )}
    </Stack>
  );
}
