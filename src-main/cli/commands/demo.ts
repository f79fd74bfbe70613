import type { Backend } from '../../backend';
import { fillDemoCompany } from '../../features/demo/demo-company';
import { finishDemo } from '../../features/demo/demo-finish';
import { UsageError } from '../cli-error';

const count = (text: string | undefined, fallback: number, name: string): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 50_000_000)
    throw new UsageError(`--${name} must be a whole number above 0, not "${text}"`);
  return n;
};

/** `vade demo`: a realistic demo company in an empty data folder (never mixed into real data). */
export async function demoCommand(
  backend: Backend,
  options: { customers?: string | undefined; invoices?: string | undefined },
): Promise<string> {
  const { n } = await backend.store.db
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const existing = Number(n);
  if (existing > 0)
    throw new UsageError(`This company already has ${existing} customers: give an empty --data-dir for the demo.`);
  const customers = count(options.customers, 200, 'customers');
  const invoices = count(options.invoices, 5_000, 'invoices');
  const started = Date.now();
  const summary = await fillDemoCompany(backend.store.db, () => backend.store.raw, {
    customers,
    invoices,
    onProgress: (done, total) => process.stderr.write(`\r${Math.round((done / total) * 100)} %`),
  });
  const { chequeSteps, ...figures } = summary;
  await finishDemo(backend.dispatch, chequeSteps);
  process.stderr.write('\r');
  return `Demo şirketi hazır / demo company ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(figures)}`;
}
