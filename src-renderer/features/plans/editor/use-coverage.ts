import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CURRENCIES, type Currency } from '../../../../src-shared/money/currency';
import { idParam } from '../../../lib/use-route-id';
import { useCoverableInvoices, usePlan } from '../queries';

export type Scope = 'overdue' | 'invoices';

/**
 * What the plan covers, as the address asked for it (?scope=overdue, ?invoice=…&currency=…, ?replan=…) and as
 * the user then changes it: the currency, whole overdue balance or chosen invoices, and the principal that makes.
 */
export function useCoverage(customerId: number) {
  const [params] = useSearchParams();
  const replanId = idParam(params, 'replan');
  const askedCurrency = params.get('currency') as Currency | null;
  const askedInvoices = params
    .getAll('invoice')
    .map(Number)
    .filter((id) => Number.isSafeInteger(id) && id > 0);
  const [currency, setCurrency] = useState<Currency>(askedCurrency && CURRENCIES.includes(askedCurrency) ? askedCurrency : 'TRY');
  const [scope, setScope] = useState<Scope>(askedInvoices.length > 0 ? 'invoices' : 'overdue');
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(askedInvoices));
  const invoices = useCoverableInvoices(customerId, currency);
  const replan = usePlan(customerId, replanId);

  const free = (invoices.data ?? []).filter((i) => i.heldByPlanId === null);
  const covered = scope === 'overdue' ? free.filter((i) => i.overdue) : free.filter((i) => chosen.has(i.id));
  const principal = replanId !== null ? (replan.data?.remaining ?? 0) : covered.reduce((sum, i) => sum + i.openAmount, 0);

  /** Ticking an invoice while the whole overdue balance is covered starts a choice from that balance. */
  const toggle = (id: number) => {
    if (scope === 'overdue') setScope('invoices');
    setChosen((before) => {
      const current = scope === 'overdue' ? new Set(covered.map((i) => i.id)) : before;
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  return {
    replanId,
    replan,
    currency: replan.data?.currency ?? currency,
    setCurrency: (next: Currency) => {
      setCurrency(next);
      setChosen(new Set());
    },
    scope,
    setScope,
    chosen,
    toggle,
    invoices,
    covered,
    principal,
  };
}

export type Coverage = ReturnType<typeof useCoverage>;
