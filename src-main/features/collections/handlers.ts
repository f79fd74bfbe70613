import type { DomainHandlers } from '../../core/registry';
import { logActivity } from './activities';
import { listDisputes, openDispute, resolveDispute } from './disputes';
import { cancelPromise, createPromise, listPromises } from './promises';

export const disputesHandlers: DomainHandlers<'disputes'> = {
  'disputes/open': openDispute,
  'disputes/resolve': resolveDispute,
  'disputes/list': listDisputes,
};

export const promisesHandlers: DomainHandlers<'promises'> = {
  'promises/create': createPromise,
  'promises/cancel': cancelPromise,
  'promises/list': listPromises,
};

export const activitiesHandlers: DomainHandlers<'activities'> = {
  'activities/log': logActivity,
};
