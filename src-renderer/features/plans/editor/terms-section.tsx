import { Checkbox, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateInput } from '../../../components/date-input';
import { MoneyInput } from '../../../components/money-input';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import type { Currency } from '../../../../src-shared/money/currency';
import type { EditorTerms, FrequencyKind } from './editor-terms';

interface TermsSectionProps {
  terms: EditorTerms;
  onChange: (change: Partial<EditorTerms>) => void;
  errors: Record<string, string>;
  interestAmount: number;
  currency: Currency;
}

/** The plan's parameters; each change proposes the schedule again. */
export function TermsSection({ terms, onChange, errors, interestAmount, currency }: TermsSectionProps) {
  const t = useT();
  const format = useFormatters();
  return (
    <SectionCard title={t('plans.editor.terms')} testId="plan-terms">
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <MoneyInput
            label={t('plans.editor.downPayment')}
            value={terms.downPayment}
            onChange={(downPayment) => onChange({ downPayment })}
            error={errors.downPayment}
            data-testid="plan-down-payment"
          />
          <NumberInput
            label={t('plans.editor.count')}
            value={terms.count}
            onChange={(count) => onChange({ count })}
            min={1}
            max={120}
            allowDecimal={false}
            error={errors.count}
            data-testid="plan-count"
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('plans.editor.frequency')}
          </Text>
          <SegmentedControl<FrequencyKind>
            value={terms.frequency}
            onChange={(frequency) => onChange({ frequency })}
            data={(['monthly', 'weekly', 'custom'] as const).map((value) => ({ value, label: t(`plans.editor.freq.${value}`) }))}
            data-testid="plan-frequency"
          />
        </Stack>
        <SimpleGrid cols={2} spacing="sm">
          {terms.frequency === 'monthly' && (
            <NumberInput
              label={t('plans.editor.day')}
              description={t('plans.editor.dayHelp')}
              value={terms.day}
              onChange={(day) => onChange({ day })}
              min={1}
              max={31}
              allowDecimal={false}
              error={errors.day}
              data-testid="plan-day"
            />
          )}
          {terms.frequency === 'weekly' && (
            <NumberInput
              label={t('plans.editor.every')}
              value={terms.every}
              onChange={(every) => onChange({ every })}
              min={1}
              max={52}
              allowDecimal={false}
              error={errors.every}
              data-testid="plan-every"
            />
          )}
          <DateInput
            label={t('plans.editor.startDate')}
            description={t('plans.editor.startHelp')}
            value={terms.startDate}
            onChange={(startDate) => onChange({ startDate })}
            error={errors.startDate}
            data-testid="plan-start"
          />
        </SimpleGrid>
        {errors.dates && (
          <Text size="sm" c="red.7">
            {errors.dates}
          </Text>
        )}
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <NumberInput
            label={t('plans.editor.interest')}
            description={t('plans.editor.interestHelp')}
            value={terms.interestPercent}
            onChange={(interestPercent) => onChange({ interestPercent })}
            min={0}
            max={1000}
            decimalScale={2}
            decimalSeparator={format.number(1.5).includes(',') ? ',' : '.'}
            error={errors.interestRateBp}
            data-testid="plan-interest"
            style={{ flex: 1 }}
          />
          <Text size="sm" mb={8} fw={600} c={interestAmount > 0 ? 'orange.8' : 'dimmed'} data-testid="plan-interest-amount">
            {format.money(interestAmount, currency)}
          </Text>
        </Group>
        <Checkbox
          label={t('plans.editor.move')}
          checked={terms.move}
          onChange={(event) => onChange({ move: event.currentTarget.checked })}
          data-testid="plan-move"
        />
        <Text size="xs" c="dimmed">
          {t('plans.editor.proposeHelp')}
        </Text>
      </Stack>
    </SectionCard>
  );
}
