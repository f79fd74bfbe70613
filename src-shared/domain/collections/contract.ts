import { z } from 'zod';
import { mutation, query } from '../../contract/method';
import { idSchema } from '../common/schemas';
import { activityLogInput, disputeOpenInput, disputeResolveInput, promiseCreateInput } from './schemas';
import type { Activity, Dispute, PaymentPromise } from './types';

const byCustomer = z.object({ customerId: idSchema }).strict();

export const collectionsContract = {
  'disputes/open': mutation<Dispute>()(
    disputeOpenInput,
    'Open a dispute (itiraz) on an invoice; it is left out of automatic allocation',
  ),
  'disputes/resolve': mutation<Dispute>()(disputeResolveInput, 'Accept (issues a credit note) or reject a dispute'),
  'disputes/list': query<Dispute[]>()(
    z.object({ customerId: idSchema.optional(), invoiceId: idSchema.optional() }).strict(),
    "A customer's or an invoice's disputes, newest first",
  ),
  'promises/create': mutation<PaymentPromise>()(promiseCreateInput, 'Record a promise to pay an amount by a date'),
  'promises/cancel': mutation<PaymentPromise>()(z.object({ id: idSchema }).strict(), 'Cancel a promise that no longer stands'),
  'promises/list': query<PaymentPromise[]>()(byCustomer, "A customer's promises to pay with their kept/broken status"),
  'activities/log': mutation<Activity>()(activityLogInput, 'Log a call, email, meeting, letter or note on a customer'),
};
