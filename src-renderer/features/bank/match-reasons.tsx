import { Badge, Text } from '@mantine/core';
import { CONFIDENT } from '../../../src-shared/domain/bank/schemas';
import type { MatchReason } from '../../../src-shared/domain/bank/types';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';

/** Green when "accept all" takes it, yellow when it needs a look, grey when nobody was found. */
export function ConfidenceBadge({ confidence, matched }: { confidence: number; matched: boolean }) {
  const t = useT();
  const format = useFormatters();
  if (!matched)
    return (
      <Badge color="gray" variant="light">
        {t('bank.match.none')}
      </Badge>
    );
  return (
    <Badge color={confidence >= CONFIDENT ? 'teal' : 'yellow'} variant="light" data-testid="bank-confidence">
      {format.percent(confidence)}
    </Badge>
  );
}

/** The clues behind a match, in the user's words ("Gönderen IBAN'ı kartta", "Fatura no FT…"). */
export function ReasonList({ reasons, size = 'xs' }: { reasons: MatchReason[]; size?: 'xs' | 'sm' }) {
  const t = useT();
  const text = reasons.map((r) => t(`bank.reason.${r.code}`, { detail: r.detail })).join(' · ');
  // A narrow column cuts the clues short: the whole sentence on hover.
  return (
    <Text size={size} c="dimmed" lineClamp={2} title={text}>
      {text}
    </Text>
  );
}
