import type { AppEvent } from '../../src-shared/contract/events';

/** The customers whose ledger a writer's events say changed, each once (what `beforeCommit` keeps in line). */
export const ledgerChangedCustomers = (events: readonly AppEvent[]): number[] => [
  ...new Set(events.flatMap((event) => (event.type === 'ledger/changed' ? event.customerIds : []))),
];

export type EventListener = (event: AppEvent) => void;

/** Fan-out of backend events to every door (IPC windows, bridge sockets). */
export class EventHub {
  readonly #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(event: AppEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('Event listener failed', error);
      }
    }
  }
}
