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
  now: () => Date;
  events: EventHub;
}): BackgroundService | null {
  if (deps.mode === 'cli') return null;
  const refresh = () => (deps.damaged() ? Promise.resolve() : deps.refreshAll());
  return dailyRefresh(refresh, { now: deps.now, events: deps.events });
}
