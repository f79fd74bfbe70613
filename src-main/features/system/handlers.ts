import type { SystemInfo } from '../../../src-shared/domain/system/contract';
import type { DomainHandlers } from '../../core/registry';

/** System facts are fixed for the life of a backend, so the caller computes them once. */
export const systemHandlers = (info: () => SystemInfo): DomainHandlers<'system'> => ({
  'system/info': () => info(),
});
