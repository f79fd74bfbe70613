import type { RunMode } from '../../../src-shared/domain/system/contract';
import type { EventHub } from '../../core/events';
import type { BackgroundService } from '../../core/services';
import type { OutboxSender } from './outbox-sender';
import { outboxSenderService } from './outbox-service';

/**
 * The outbox's background service: the sender every minute (or `interval.intervalMs`) and soon after something is
 * queued. Off for the CLI (a short-lived process: `vade call outbox/send-now` sends once) and when turned off.
 */
export function outboxServices(deps: {
  mode: RunMode;
  sender: OutboxSender;
  events: EventHub;
  interval: false | { intervalMs: number } | undefined;
}): BackgroundService | null {
  const interval = deps.interval ?? (deps.mode === 'cli' ? false : { intervalMs: 60_000 });
  return interval ? outboxSenderService(deps.sender, deps.events, interval.intervalMs) : null;
}
