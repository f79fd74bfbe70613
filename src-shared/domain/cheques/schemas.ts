import { z } from 'zod';
import { businessDateSchema, currencySchema, idSchema, minorAmountSchema, nameSchema, noteSchema } from '../common/schemas';
import { allocationChoice } from '../payments/schemas';
import { CHEQUE_KINDS, CHEQUE_STATUSES } from './lifecycle';

const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
const required = (max: number) => nameSchema(max);

export const chequeRecordInput = z
  .object({
    kind: z.enum(CHEQUE_KINDS),
    customerId: idSchema,
    serialNumber: required(40),
    /** Cheques only: the drawee bank and branch. */
    bank: text(80).default(''),
    branch: text(80).default(''),
    /** Keşideci: who wrote it (often the customer, not always). */
    drawer: required(160),
    endorsers: z.array(required(160)).max(20).default([]),
    issuePlace: text(80).default(''),
    issueDate: businessDateSchema,
    dueDate: businessDateSchema,
    amount: minorAmountSchema,
    currency: currencySchema.default('TRY'),
    /** The day it was received: the date of the payment it records. */
    receivedOn: businessDateSchema,
    note: noteSchema(),
    allocate: allocationChoice,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === 'cheque' && v.bank === '') ctx.addIssue({ code: 'custom', path: ['bank'], message: 'validation.required' });
    if (v.dueDate < v.issueDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'cheques.validation.dueBeforeIssue' });
  });

export const chequeTransitionInput = z
  .object({
    id: idSchema,
    to: z.enum(CHEQUE_STATUSES),
    date: businessDateSchema,
    note: noteSchema(500),
    /** Endorsed: the supplier it was passed to; at the bank / as collateral: the bank or creditor (optional). */
    counterparty: text(160).default(''),
  })
  .strict();

export const chequeListInput = z
  .object({
    status: z.enum(CHEQUE_STATUSES).optional(),
    kind: z.enum(CHEQUE_KINDS).optional(),
    customerId: idSchema.optional(),
    dueFrom: businessDateSchema.optional(),
    dueTo: businessDateSchema.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export type ChequeRecord = z.output<typeof chequeRecordInput>;
export type ChequeTransition = z.output<typeof chequeTransitionInput>;
export type ChequeListQuery = z.output<typeof chequeListInput>;
