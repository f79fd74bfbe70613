import type { EventHub } from '../../core/events';
import type { BackgroundService } from '../../core/services';
import type { OutboxSender } from './outbox-sender';

/** The outbox's background service: the sender every `intervalMs`, and soon after something is queued. */
export function outboxSenderService(sender: OutboxSender, events: EventHub, intervalMs: number): BackgroundService {
  let unsubscribe: (() => void) | null = null;
  return {
    start() {
      unsubscribe = events.subscribe((event) => {
        if (event.type === 'outbox/changed' && event.queued) sender.kick();
      });
      sender.start(intervalMs);
    },
    async stop() {
      unsubscribe?.();
      await sender.stop();
    },
  };
}
