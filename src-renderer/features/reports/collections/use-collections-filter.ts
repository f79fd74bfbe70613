import { isBusinessDate } from '../../../../src-shared/dates/business-date';
import type { CollectionsGranularity } from '../../../../src-shared/domain/reports/types';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { oneOf, useUrlFilter } from '../../../lib/use-url-filter';

/** The collections report's range, period and currency, kept in the address ('' = the default range). */
export interface CollectionsFilter {
  from: string;
  to: string;
  granularity: CollectionsGranularity;
  currency: Currency | null;
}

const day = (value: string | null) => (value && isBusinessDate(value) ? value : '');

function parseFilter(params: URLSearchParams): CollectionsFilter {
  return {
    from: day(params.get('from')),
    to: day(params.get('to')),
    granularity: oneOf(['month', 'week'] as const, params.get('by')) ?? 'month',
    currency: oneOf(CURRENCIES, params.get('currency')) ?? null,
  };
}

function toParams(filter: CollectionsFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.granularity !== 'month') params.set('by', filter.granularity);
  if (filter.currency) params.set('currency', filter.currency);
  return params;
}

export const useCollectionsFilter = () => useUrlFilter(parseFilter, toParams);
