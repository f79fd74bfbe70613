import { isBusinessDate } from '../../../../src-shared/dates/business-date';
import { agingBoundsSchema, DEFAULT_AGING_BOUNDS } from '../../../../src-shared/domain/reports/schemas';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { oneOf, useUrlFilter } from '../../../lib/use-url-filter';

export const AGING_SORTS = ['balance', 'overdue', 'title'] as const;
export type AgingSort = (typeof AGING_SORTS)[number];

/** What the aging screen shows, kept in the address so a drill-down's back button comes back to it. */
export interface AgingFilter {
  /** 'YYYY-MM-DD', or '' for today. */
  asOf: string;
  bounds: number[];
  /** null: the first currency the report has (TRY when there is any). */
  currency: Currency | null;
  sort: AgingSort;
}

/** "30, 60, 90" → [30, 60, 90], or null when it is not a valid list of bounds. */
export function parseBounds(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.some((p) => !/^\d+$/.test(p))) return null;
  const parsed = agingBoundsSchema.safeParse(parts.map(Number));
  return parsed.success ? parsed.data : null;
}

export const isDefaultBounds = (bounds: readonly number[]) => bounds.join(',') === DEFAULT_AGING_BOUNDS.join(',');

function parseFilter(params: URLSearchParams): AgingFilter {
  const asOf = params.get('asOf') ?? '';
  return {
    asOf: isBusinessDate(asOf) ? asOf : '',
    bounds: parseBounds(params.get('bounds') ?? '') ?? [...DEFAULT_AGING_BOUNDS],
    currency: oneOf(CURRENCIES, params.get('currency')) ?? null,
    sort: oneOf(AGING_SORTS, params.get('sort')) ?? 'balance',
  };
}

function toParams(filter: AgingFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.asOf) params.set('asOf', filter.asOf);
  if (!isDefaultBounds(filter.bounds)) params.set('bounds', filter.bounds.join(','));
  if (filter.currency) params.set('currency', filter.currency);
  if (filter.sort !== 'balance') params.set('sort', filter.sort);
  return params;
}

export const useAgingFilter = () => useUrlFilter(parseFilter, toParams);
