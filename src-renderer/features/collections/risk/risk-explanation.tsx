import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { CustomerRisk, RiskFactors } from '../../../../src-shared/domain/reports/types';
import { useFormatters, type Formatters } from '../../../i18n/formatters';
import { useT, type Translate } from '../../../i18n/i18n-context';

export const SEGMENT_COLOR = { A: 'teal', B: 'blue', C: 'orange', D: 'red' } as const;
/** 0 points is good, 3 is bad. */
const POINT_COLOR = ['teal.6', 'yellow.6', 'orange.6', 'red.7'];

type Factor = keyof CustomerRisk['points'];
const FACTORS: Factor[] = ['avgDaysLate', 'shareLate', 'overdueRatio', 'brokenPromises'];

/** Each factor as a label, its measured value and what it measures, in plain words. */
function factorText(factor: Factor, f: RiskFactors, t: Translate, format: Formatters) {
  switch (factor) {
    case 'avgDaysLate':
      return {
        label: t('risk.factor.avgDaysLate'),
        value: t('risk.factor.avgDaysLateValue', { days: format.number(f.avgDaysLate) }),
        hint: t('risk.factor.avgDaysLateHint'),
      };
    case 'shareLate':
      return {
        label: t('risk.factor.shareLate'),
        value: format.percent(f.shareLate * 100),
        hint: t('risk.factor.shareLateHint', { count: format.number(f.paidInvoices) }),
      };
    case 'overdueRatio':
      return {
        label: t('risk.factor.overdueRatio'),
        value: format.percent(f.overdueRatio * 100),
        hint: t('risk.factor.overdueRatioHint'),
      };
    case 'brokenPromises':
      return {
        label: t('risk.factor.brokenPromises'),
        value: format.number(f.brokenPromises),
        hint: t('risk.factor.brokenPromisesHint'),
      };
  }
}

/** Why the customer is in its segment: what each measured factor came to and how many points it gave. */
export function RiskExplanation({ risk }: { risk: CustomerRisk }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Stack gap="sm" data-testid="risk-explanation">
      <div>
        <Text fw={700}>{t('risk.title', { segment: risk.segment })}</Text>
        <Text size="sm">{t(`risk.segment.${risk.segment}`)}</Text>
      </div>
      {risk.insufficientHistory && (
        <Text size="sm" c="dimmed" data-testid="risk-insufficient">
          {t('risk.insufficient')}
        </Text>
      )}
      {FACTORS.map((factor) => {
        const text = factorText(factor, risk.factors, t, format);
        const points = risk.points[factor];
        return (
          <Group key={factor} gap="sm" wrap="nowrap" align="flex-start" data-testid="risk-factor" data-factor={factor}>
            <Box w={10} h={10} mt={6} style={{ borderRadius: 5, flex: 'none' }} bg={POINT_COLOR[points]} />
            <Stack gap={0} style={{ flex: 1 }}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={500}>
                  {text.label}: <b>{text.value}</b>
                </Text>
                <Badge size="xs" variant="light" color={points === 0 ? 'gray' : 'orange'} tt="none">
                  {t('risk.points', { points })}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {text.hint}
              </Text>
            </Stack>
          </Group>
        );
      })}
      <Text size="xs" c="dimmed">
        {t('risk.score', { score: risk.score })}
      </Text>
    </Stack>
  );
}
