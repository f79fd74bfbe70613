import { useSearchParams } from 'react-router';

export const CARD_TABS = ['overview', 'invoices', 'payments', 'timeline', 'collections', 'plans'] as const;
export type CardTab = (typeof CARD_TABS)[number];

const isCardTab = (value: string | null): value is CardTab => (CARD_TABS as readonly (string | null)[]).includes(value);

/** The card's open tab lives in the address (?tab=), so going back from an invoice returns to it. */
export function useCardTab(): [CardTab, (tab: CardTab) => void] {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  return [isCardTab(tab) ? tab : 'overview', (next) => setParams(next === 'overview' ? {} : { tab: next }, { replace: true })];
}

export const cardTabPath = (customerId: number, tab: CardTab) => `/customers/${customerId}?tab=${tab}`;
