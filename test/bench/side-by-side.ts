/**
 * The bench's figures of each store as one Markdown table: call, SQLite ms, PostgreSQL ms, ratio (PostgreSQL ÷
 * SQLite). A figure is a median under a `…medianMs` object, or a number named `…Ms` (a one-off time); sizes,
 * counts and CPU times stay in the JSON.
 */
type Figures = Map<string, number>;

function collect(value: unknown, prefix: string, into: Figures, underMedians = false): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (typeof item === 'number') {
      const isFigure = underMedians || (/Ms$/.test(key) && !/CpuMs$|^seedMs$/.test(key));
      if (isFigure) into.set(`${prefix}${key}`, item);
    } else {
      collect(item, underMedians ? prefix : `${prefix}${/medianMs$/i.test(key) ? '' : `${key}: `}`, into, /medianMs$/i.test(key));
    }
  }
}

export function figuresOf(part: unknown): Figures {
  const figures: Figures = new Map();
  collect(part, '', figures);
  return figures;
}

const NAMES: Record<string, string> = { sqlite: 'SQLite ms', postgres: 'PostgreSQL ms' };

const cell = (n: number | undefined): string =>
  n === undefined ? '' : n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1);

/** `results[store][part]` → one table over every part and store (the ratio when both stores ran). */
export function sideBySide(results: Record<string, Record<string, unknown>>): string {
  const stores = Object.keys(results);
  const perStore = new Map(stores.map((store) => [store, new Map<string, number>()]));
  const order: string[] = [];
  for (const store of stores) {
    for (const [part, value] of Object.entries(results[store]!)) {
      for (const [label, ms] of figuresOf(value)) {
        const key = `${part}: ${label}`;
        if (!order.includes(key)) order.push(key);
        perStore.get(store)!.set(key, ms);
      }
    }
  }
  const both = stores.includes('sqlite') && stores.includes('postgres');
  const header = ['call', ...stores.map((s) => NAMES[s] ?? s), ...(both ? ['ratio'] : [])];
  const lines = [
    `| ${header.join(' | ')} |`,
    `|---|${header
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  ];
  for (const key of order) {
    const values = stores.map((s) => perStore.get(s)!.get(key));
    const [lite, server] = [perStore.get('sqlite')?.get(key), perStore.get('postgres')?.get(key)];
    const ratio = both && lite && server !== undefined ? `${(server / lite).toFixed(2)}×` : '';
    lines.push(`| ${[key, ...values.map(cell), ...(both ? [ratio] : [])].join(' | ')} |`);
  }
  return lines.join('\n');
}
