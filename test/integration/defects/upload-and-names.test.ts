import { describe, expect, it } from 'vitest';
import { call, refused, testBackend } from '../../support/test-backend';

const csv = Buffer.from('Kod;Ünvan\nC1;Ege Tekstil\n').toString('base64');

describe('imports/upload answers typed errors', () => {
  it('refuses a chunk for an upload that does not exist', async () => {
    const b = await testBackend();
    const error = await refused(b, 'imports/upload', { uploadId: 'deadbeef-0000', fileName: 'cariler.csv', dataBase64: csv });
    expect(error.kind).toBe('not_found');
    expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['uploadId', 'import.error.noUpload']]);
  });

  it('refuses a file name that is not a file name, and keeps one it cannot spell', async () => {
    const b = await testBackend();
    for (const fileName of ['..', '.', '../../vade.sqlite', 'a\\..\\b.csv']) {
      const error = await refused(b, 'imports/upload', { fileName, dataBase64: csv });
      expect(error.kind, fileName).toBe('validation');
      expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['fileName', 'import.error.fileName']]);
    }
    const chinese = await call(b, 'imports/upload', { fileName: '客户.csv', dataBase64: csv });
    const inspected = await call(b, 'imports/inspect', { source: { uploadId: chinese.uploadId } });
    expect(inspected.headers).toEqual(['Kod', 'Ünvan']);
  });
});

describe('a required name must have something visible in it', () => {
  const invisible = ['\u200B\u200B\u200B', '\u00A0\u00A0', '\u200C\u200D\u2060', '\uFEFF\u00AD \u200B'];

  it('refuses a customer title of only invisible characters', async () => {
    const b = await testBackend();
    for (const title of invisible) {
      const error = await refused(b, 'customers/create', { title });
      expect(
        error.issues?.map((i) => [i.path.join('.'), i.key]),
        JSON.stringify(title),
      ).toEqual([['title', 'validation.required']]);
    }
    const tooShort = await refused(b, 'customers/create', { title: 'A\u200B' });
    expect(tooShort.issues?.map((i) => i.key)).toEqual(['validation.tooShort']);
    // Invisible characters around a real name are dropped.
    const customer = await call(b, 'customers/create', { title: '\u200BEge Tekstil\u00A0\u200B' });
    expect(customer.title).toBe('Ege Tekstil');
  });

  it('applies to the other required names too', async () => {
    const b = await testBackend();
    const contact = await refused(b, 'customers/create', { title: 'Ege Tekstil', contacts: [{ name: '\u200B' }] });
    expect(contact.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['contacts.0.name', 'validation.required']]);
    const company = await refused(b, 'company-profile/update', { title: '\u200B\u200B' });
    expect(company.issues?.map((i) => [i.path.join('.'), i.key])).toContainEqual(['title', 'validation.required']);
    const holiday = await refused(b, 'holidays/add', { date: '2026-12-31', name: '\u2060', kind: 'company' });
    expect(holiday.issues?.map((i) => [i.path.join('.'), i.key])).toContainEqual(['name', 'validation.required']);
  });
});
