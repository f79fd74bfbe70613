import { z } from 'zod';
import { mutation, query } from '../../contract/method';
import { idSchema } from '../common/schemas';
import { chequeListInput, chequeRecordInput, chequeTransitionInput } from './schemas';
import type { Cheque, ChequePage, ChequeSummary } from './types';

export const chequesContract = {
  'cheques/record': mutation<Cheque>()(
    chequeRecordInput,
    'Record a received cheque (çek) or promissory note (senet); it records a payment allocated like any other',
  ),
  'cheques/transition': mutation<Cheque>()(
    chequeTransitionInput,
    'Move a cheque or note along its lifecycle (bank, collateral, collected, endorsed, returned, bounced, protested, legal)',
  ),
  'cheques/get': query<Cheque>()(z.object({ id: idSchema }).strict(), 'Read one cheque or note with its history and next steps'),
  'cheques/list': query<ChequePage>()(
    chequeListInput,
    'The portfolio by due date, filtered by status, kind, customer, due range',
  ),
  'cheques/summary': query<ChequeSummary>()(
    z.object({}).strict(),
    'Portfolio totals per status and currency, maturities this week and month, protest deadlines of notes',
  ),
};
