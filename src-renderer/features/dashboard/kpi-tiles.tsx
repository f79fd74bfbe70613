import { SimpleGrid } from '@mantine/core';
import type { CurrencyKpis, KpiFigures } from '../../../src-shared/domain/dashboard/types';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { KpiTile, type Direction } from './kpi-tile';

interface KpiTilesProps {
  kpis: CurrencyKpis;
  ceiMonthLabel: string;
  /** What the forecast expects over the next four weeks; undefined while it loads. */
  expectedSoon: number | undefined;
}

type Change = { text: string; sign: number } | null;

/** The morning's seven figures for one currency, each against the same day last month. */
export function KpiTiles({ kpis, ceiMonthLabel, expectedSoon }: KpiTilesProps) {
  const t = useT();
  const format = useFormatters();
  const { current: now, previous: then, currency } = kpis;
  const money = (minor: number) => format.money(minor, currency);
  const days = (value: number | null) => (value === null ? '—' : t('dashboard.days', { days: format.number(value) }));
  const pct = (share: number | null) => (share === null ? '—' : format.percent(Math.round(share * 1000) / 10));

  const diff = (pick: (f: KpiFigures) => number | null, show: (delta: number) => string): Change => {
    const a = pick(now);
    const b = pick(then);
    if (a === null || b === null) return null;
    const delta = Math.round((a - b) * 100) / 100;
    return { text: `${delta > 0 ? '+' : ''}${show(delta)}`, sign: Math.sign(delta) };
  };
  const moneyChange = (pick: (f: KpiFigures) => number) => diff(pick, money);
  const pointsChange = (pick: (f: KpiFigures) => number | null, scale = 100) =>
    diff(
      (f) => (pick(f) === null ? null : pick(f)! * scale),
      (d) => t('dashboard.points', { points: format.number(Math.round(d * 10) / 10) }),
    );
  const daysChange = (pick: (f: KpiFigures) => number | null) =>
    diff(pick, (d) => t('dashboard.days', { days: format.number(Math.round(d * 10) / 10) }));

  const collectedShare = now.dueInMonth > 0 ? now.collectedInMonth / now.dueInMonth : null;
  const tiles: { key: string; value: string; hint?: string; change: Change; direction: Direction }[] = [
    { key: 'receivables', value: money(now.receivables), change: moneyChange((f) => f.receivables), direction: 'neutral' },
    {
      key: 'overdue',
      value: money(now.overdue),
      // The invoice list's "overdue" filter lists disputed invoices apart: say how much of this they are.
      hint: kpis.overdueDisputed
        ? t('dashboard.kpi.overdue.shareDisputed', { share: pct(now.overdueShare), disputed: money(kpis.overdueDisputed) })
        : t('dashboard.kpi.overdue.share', { share: pct(now.overdueShare) }),
      change: moneyChange((f) => f.overdue),
      direction: 'up-is-bad',
    },
    {
      key: 'collected',
      value: money(now.collectedInMonth),
      hint: t('dashboard.kpi.collected.ofDue', { due: money(now.dueInMonth), share: pct(collectedShare) }),
      change: moneyChange((f) => f.collectedInMonth),
      direction: 'up-is-good',
    },
    {
      key: 'expected',
      value: expectedSoon === undefined ? '…' : money(expectedSoon),
      hint: t('dashboard.kpi.expected.hint'),
      change: null,
      direction: 'neutral',
    },
    { key: 'dso', value: days(now.dso), change: daysChange((f) => f.dso), direction: 'up-is-bad' },
    {
      key: 'cei',
      value: now.cei === null ? '—' : format.percent(now.cei),
      hint: ceiMonthLabel,
      change: pointsChange((f) => f.cei, 1),
      direction: 'up-is-good',
    },
    { key: 'daysLate', value: days(now.avgDaysLate), change: daysChange((f) => f.avgDaysLate), direction: 'up-is-bad' },
    {
      key: 'promises',
      value: pct(now.promisesKeptRate),
      change: pointsChange((f) => f.promisesKeptRate),
      direction: 'up-is-good',
    },
  ];

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" data-testid="kpi-tiles">
      {tiles.map((tile) => (
        <KpiTile
          key={tile.key}
          testId={`kpi-${tile.key}`}
          label={t(`dashboard.kpi.${tile.key}` as 'dashboard.kpi.dso')}
          explain={t(`dashboard.kpi.${tile.key}.explain` as 'dashboard.kpi.dso.explain')}
          value={tile.value}
          hint={tile.hint}
          change={tile.change}
          direction={tile.direction}
          lastMonth={t('dashboard.vsLastMonth')}
        />
      ))}
    </SimpleGrid>
  );
}
