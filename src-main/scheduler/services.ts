import type { RunMode } from '../../src-shared/domain/system/contract';
import type { EventHub } from '../core/events';
import type { BackgroundService } from '../core/services';
import { dailyRefresh } from './daily-refresh';

/**
 * The daily refresh of derived rows as a background service: when the company opens and after each midnight.
 * Not for one-off CLI calls (each would pay the day's refresh of every segment), nor over a damaged file.
 */
export function refreshServices(deps: {
  mode: RunMode;
  refreshAll: () => Promise<void>;
  damaged: () => boolean;
  /** Settles when the open file's background quick_check is done: the refresh writes, so it waits for the answer. */
  checked: () => Promise<void>;
  now: () => Date;
  events: EventHub;
}): BackgroundService | null {
  if (deps.mode === 'cli') return null;
  const refresh = async () => {
    await deps.checked();
    if (!deps.damaged()) await deps.refreshAll();
  };
  return dailyRefresh(refresh, { now: deps.now, events: deps.events });
}
