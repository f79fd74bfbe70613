import { performance } from 'node:perf_hooks';
import type { Backend } from '../../src-main/backend';
import { insertCustomer } from '../../src-main/features/customers/customers-repo';
import type { CustomerCreate } from '../../src-shared/domain/customers/schemas';
import { customerCreateInput } from '../../src-shared/domain/customers/schemas';

const FIRST = ['Anadolu', 'Ege', 'Karadeniz', 'İstanbul', 'Işık', 'Çukurova', 'Şahin', 'Öz', 'Ünal', 'Gül', 'Doğu', 'Marmara'];
const SECOND = ['Gıda', 'Tekstil', 'Yapı', 'Kırtasiye', 'Otomotiv', 'Tarım', 'Lojistik', 'Elektrik', 'Mobilya', 'Kimya'];
const CITIES = ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Iğdır', 'Çorum', 'Şanlıurfa', 'Muğla'];

/** Fills the store with `count` customers in one transaction, straight through the repository. */
export async function seedCustomers(backend: Backend, count: number): Promise<void> {
  await backend.store.db.transaction().execute(async (trx) => {
    const now = new Date();
    for (let i = 0; i < count; i++) {
      const values: CustomerCreate = customerCreateInput.parse({
        title: `${FIRST[i % FIRST.length]} ${SECOND[(i >> 3) % SECOND.length]} ${i} Ltd. Şti.`,
        city: CITIES[i % CITIES.length],
        phone: `0532 ${String(1_000_000 + i).slice(-7)}`,
        email: `muhasebe${i}@firma${i}.com.tr`,
        tags: i % 5 === 0 ? ['toptan'] : [],
        contacts: i % 3 === 0 ? [{ name: `Yetkili ${i}` }] : [],
      });
      await insertCustomer(trx, { ...values, code: `C${String(i + 1).padStart(5, '0')}` }, now);
    }
  });
}

/** Runs `work` several times and returns the median in milliseconds. */
export async function medianMs(work: () => Promise<unknown>, runs = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
