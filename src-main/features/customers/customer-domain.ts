import type { DomainHandlers } from '../../core/registry';
import { customerTimeline } from '../collections/timeline';
import { customerAccountHandler } from '../reports/handlers';
import { customerRisk } from '../reports/risk';
import { customersHandlers } from './handlers';

/** Every `customers/*` method: the card's own, plus the views computed by the ledger's domains. */
export const customerDomainHandlers: DomainHandlers<'customers'> = {
  ...customersHandlers,
  'customers/account': customerAccountHandler,
  'customers/timeline': customerTimeline,
  'customers/risk': customerRisk,
};
