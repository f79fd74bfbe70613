import { describe, expect, it } from 'vitest';
import { compareTr } from '../../../src-shared/text/turkish';
import { call, refused, testBackend } from '../../../test/support/test-backend';

const VKN = '4540536920';
const TCKN = '10000000146';

describe('customers', () => {
  it('creates a card with every field and reads it back by id and by code', async () => {
    const b = await testBackend();
    const created = await call(b, 'customers/create', {
      title: '  Deniz Gıda Ltd. Şti. ',
      kind: 'company',
      taxId: '454 053 6920',
      taxOffice: 'Karşıyaka',
      address: 'Atatürk Cd. No: 5',
      city: 'İzmir',
      phone: '+90 532 123 45 67',
      email: 'muhasebe@denizgida.com.tr',
      paymentTermsDays: 45,
      creditLimit: { amount: 25_000_000, currency: 'TRY' },
      tags: ['toptan', 'gıda'],
      notes: 'Ödemeleri ayın 15’inde',
      contacts: [
        {
          name: 'Ayşe Yılmaz',
          role: 'Muhasebe',
          email: 'ayse@denizgida.com.tr',
          preferredChannel: 'email',
          topics: ['statements'],
        },
      ],
    });
    expect(created).toMatchObject({ code: 'C00001', title: 'Deniz Gıda Ltd. Şti.', taxId: VKN, version: 1, archivedAt: null });
    expect(created.contacts[0]).toMatchObject({ name: 'Ayşe Yılmaz', phone: '', topics: ['statements'] });
    expect(await call(b, 'customers/get', { id: created.id })).toEqual(created);
    expect(await call(b, 'customers/get', { code: 'c00001' })).toEqual(created);
  });

  it('proposes the next code and refuses a taken one, Turkish case-insensitively', async () => {
    const b = await testBackend();
    await call(b, 'customers/create', { title: 'Bir' });
    await call(b, 'customers/create', { title: 'İki', code: 'C00041' });
    expect(await call(b, 'customers/suggest-code', {})).toEqual({ code: 'C00042' });
    await call(b, 'customers/create', { title: 'Üç', code: 'İZMİR-1' });
    const error = await refused(b, 'customers/create', { title: 'Dört', code: 'izmir-1' });
    expect(error.kind).toBe('conflict');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['code'], key: 'validation.codeTaken' })]);
  });

  it('refuses bad fields one by one and saves nothing', async () => {
    const b = await testBackend();
    const error = await refused(b, 'customers/create', {
      title: 'A',
      taxId: '4540536921',
      email: 'not-an-email',
      phone: '12',
      paymentTermsDays: 10.5,
      creditLimit: { amount: 1.5, currency: 'TRY' },
      contacts: [{ name: '' }],
    });
    expect(error.kind).toBe('validation');
    const byPath = Object.fromEntries(error.issues!.map((i) => [i.path.join('.'), i.key]));
    expect(byPath).toEqual({
      title: 'validation.tooShort',
      taxId: 'validation.taxId.vkn',
      email: 'validation.email',
      phone: 'validation.phone',
      paymentTermsDays: 'validation.integer',
      'creditLimit.amount': 'validation.integer',
      'contacts.0.name': 'validation.required',
    });
    expect((await call(b, 'customers/list', { status: 'all' })).total).toBe(0);
  });

  it('accepts a TCKN and refuses a wrong one, with the message in the chosen language', async () => {
    const b = await testBackend();
    await call(b, 'customers/create', { title: 'Ali Veli', kind: 'person', taxId: TCKN });
    const tr = await refused(b, 'customers/create', { title: 'Ali Veli', kind: 'person', taxId: '10000000147' });
    expect(tr.issues?.[0]?.message).toBe('TCKN geçersiz: kontrol haneleri tutmuyor ya da 0 ile başlıyor.');
    await call(b, 'settings/update', { language: 'en' });
    const en = await refused(b, 'customers/create', { title: 'Ali Veli', taxId: '123' });
    expect(en.issues?.[0]?.message).toBe('The tax id must have 10 digits (VKN) or 11 digits (TCKN).');
  });

  it('updates only the given fields, guards the version and keeps contact identities', async () => {
    const b = await testBackend();
    const c = await call(b, 'customers/create', {
      title: 'Kuzey Yapı',
      contacts: [{ name: 'Can' }, { name: 'Derya' }],
    });
    const [can, derya] = c.contacts;
    const updated = await call(b, 'customers/update', {
      id: c.id,
      version: c.version,
      city: 'Ankara',
      contacts: [{ id: derya!.id, name: 'Derya Kaya', role: 'Finans' }, { name: 'Emre' }],
    });
    expect(updated).toMatchObject({ title: 'Kuzey Yapı', city: 'Ankara', version: 2 });
    expect(updated.contacts.map((x) => x.name)).toEqual(['Derya Kaya', 'Emre']);
    expect(updated.contacts[0]!.id).toBe(derya!.id);
    expect(updated.contacts.some((x) => x.id === can!.id)).toBe(false);

    const stale = await refused(b, 'customers/update', { id: c.id, version: 1, city: 'Bursa' });
    expect(stale).toMatchObject({ kind: 'conflict', issues: [{ path: ['version'], key: 'validation.staleVersion' }] });
    expect((await call(b, 'customers/get', { id: c.id })).city).toBe('Ankara');
  });

  it('leaves every field it is not given as it was (phone, email, tags, contacts included)', async () => {
    const b = await testBackend();
    const c = await call(b, 'customers/create', {
      title: 'Güney Tekstil',
      phone: '0232 555 00 00',
      email: 'muhasebe@guney.com.tr',
      tags: ['toptan'],
      contacts: [{ name: 'Ece' }],
      paymentTermsDays: 45,
    });
    const updated = await call(b, 'customers/update', { id: c.id, city: 'İzmir' });
    expect(updated).toMatchObject({
      city: 'İzmir',
      phone: '0232 555 00 00',
      email: 'muhasebe@guney.com.tr',
      tags: ['toptan'],
      paymentTermsDays: 45,
    });
    expect(updated.contacts.map((x) => x.name)).toEqual(['Ece']);
    expect((await call(b, 'customers/update', { id: c.id, email: '' })).email).toBe('');
  });

  it("refuses another customer's contact id without changing anything", async () => {
    const b = await testBackend();
    const a = await call(b, 'customers/create', { title: 'Alfa', contacts: [{ name: 'Aslı' }] });
    const z = await call(b, 'customers/create', { title: 'Zeta', contacts: [{ name: 'Zeki' }] });
    const error = await refused(b, 'customers/update', {
      id: z.id,
      title: 'Zeta 2',
      contacts: [{ id: a.contacts[0]!.id, name: 'Hijack' }],
    });
    expect(error.issues?.[0]?.path).toEqual(['contacts', 0, 'id']);
    expect(await call(b, 'customers/get', { id: a.id })).toEqual(a);
    expect(await call(b, 'customers/get', { id: z.id })).toEqual(z);
  });

  it('archives and unarchives; the list filters by status', async () => {
    const b = await testBackend();
    const c = await call(b, 'customers/create', { title: 'Eski Müşteri' });
    await call(b, 'customers/create', { title: 'Yeni Müşteri' });
    const archived = await call(b, 'customers/archive', { id: c.id, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect((await call(b, 'customers/list', {})).items.map((i) => i.title)).toEqual(['Yeni Müşteri']);
    expect((await call(b, 'customers/list', { status: 'archived' })).items.map((i) => i.title)).toEqual(['Eski Müşteri']);
    expect((await call(b, 'customers/list', { status: 'all' })).total).toBe(2);
    expect((await call(b, 'customers/archive', { id: c.id, archived: false })).archivedAt).toBeNull();
    expect((await refused(b, 'customers/archive', { id: 999 })).kind).toBe('not_found');
  });

  it('searches by code, title, tax id, phone, email and contact, folding case the Turkish way', async () => {
    const b = await testBackend();
    await call(b, 'customers/create', {
      title: 'İSTANBUL KIRTASİYE A.Ş.',
      city: 'İstanbul',
      taxId: VKN,
      phone: '0212 555 01 02',
    });
    await call(b, 'customers/create', {
      title: 'Iğdır Tarım',
      email: 'info@igdirtarim.com',
      contacts: [{ name: 'Şükrü Öztürk' }],
    });
    await call(b, 'customers/create', { title: 'Ankara Demir', code: 'ANK-7' });
    const titles = async (search: string) => (await call(b, 'customers/list', { search })).items.map((i) => i.title);
    expect(await titles('istanbul')).toEqual(['İSTANBUL KIRTASİYE A.Ş.']);
    expect(await titles('kırtasiye')).toEqual(['İSTANBUL KIRTASİYE A.Ş.']);
    expect(await titles('ığdır')).toEqual(['Iğdır Tarım']);
    expect(await titles('IĞDIR')).toEqual(['Iğdır Tarım']);
    expect(await titles('igdirtarim.com')).toEqual(['Iğdır Tarım']);
    expect(await titles('şükrü')).toEqual(['Iğdır Tarım']);
    expect(await titles('453692')).toEqual([]);
    expect(await titles('4540536')).toEqual(['İSTANBUL KIRTASİYE A.Ş.']);
    expect(await titles('02125550102')).toEqual(['İSTANBUL KIRTASİYE A.Ş.']);
    expect(await titles('ank-7')).toEqual(['Ankara Demir']);
    expect(await titles('ankara demir')).toEqual(['Ankara Demir']);
    expect(await titles('100%')).toEqual([]);
  });

  it('pages through every customer in Turkish order with keyset cursors, none lost or repeated', async () => {
    const b = await testBackend();
    const words = ['Çınar', 'Cam', 'Ilgaz', 'İnci', 'Şahin', 'Sarı', 'Özlem', 'Ocak', 'Ümit', 'Uğur', 'Zafer', 'Ağaç'];
    for (let i = 0; i < 130; i++)
      await call(b, 'customers/create', { title: `${words[i % words.length]} ${String(i).padStart(3, '0')}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(b, 'customers/list', { limit: 25, ...(cursor ? { cursor } : {}) });
      expect(page.total).toBe(130);
      seen.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(130);
    expect(seen).toEqual([...seen].sort(compareTr));

    const recent = await call(b, 'customers/list', { sort: 'recent', limit: 3 });
    expect(recent.items.map((i) => i.title)).toEqual(['Uğur 129', 'Ümit 128', 'Ocak 127']);
    const next = await call(b, 'customers/list', { sort: 'recent', limit: 3, cursor: recent.nextCursor! });
    expect(next.items[0]!.title).toBe('Özlem 126');
    expect((await refused(b, 'customers/list', { sort: 'code', cursor: recent.nextCursor! })).kind).toBe('validation');
  });
});
