/** Something a domain runs in the background while the backend is open (a timer, a sender, a scheduler). */
export interface BackgroundService {
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
}

/**
 * The background services of the open backend, each registered by its domain. They start in the order they were
 * added and stop in the reverse order before the company file is closed.
 */
export class ServiceRegistry {
  readonly #services: { domain: string; service: BackgroundService }[] = [];
  #started = 0;

  add(domain: string, service: BackgroundService | null): this {
    if (service) this.#services.push({ domain, service });
    return this;
  }

  /** The service a domain registered, or null when it runs none (e.g. the reminder scheduler for `tick`). */
  get<S extends BackgroundService>(domain: string): S | null {
    return (this.#services.find((s) => s.domain === domain)?.service as S | undefined) ?? null;
  }

  /** The domains that run something, in start order (for `system/info`-like diagnostics and tests). */
  domains(): string[] {
    return this.#services.map((s) => s.domain);
  }

  async startAll(): Promise<void> {
    for (const { service } of this.#services) {
      await service.start();
      this.#started += 1;
    }
  }

  async stopAll(): Promise<void> {
    for (const { domain, service } of this.#services.slice(0, this.#started).reverse()) {
      try {
        await service.stop();
      } catch (error) {
        console.error(`Stopping the ${domain} background service failed`, error);
      }
    }
    this.#started = 0;
  }
}
