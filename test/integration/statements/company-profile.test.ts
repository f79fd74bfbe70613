import { describe, expect, it } from 'vitest';
import { call, refused, testBackend } from '../../support/test-backend';
import { COMPANY, LOGO_PNG, setUpCompany, TINY_PNG } from './ledger-fixture';

const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64');

describe('company profile', () => {
  it('starts empty, saves every field with the logo and reads them back', async () => {
    const b = await testBackend();
    expect(await call(b, 'company-profile/get', {})).toMatchObject({ configured: false, title: '', logo: null, bankAccounts: [] });
    const saved = await setUpCompany(b);
    expect(saved).toMatchObject({
      ...COMPANY,
      bankAccounts: [{ bank: 'Ziraat Bankası', branch: 'Konak Şubesi', iban: 'TR330006100519786457841326', currency: 'TRY' }],
      configured: true,
      logo: { dataBase64: LOGO_PNG, mimeType: 'image/png', width: 300, height: 100 },
    });
    expect(await call(b, 'company-profile/get', {})).toEqual(saved);
    const withoutLogo = await call(b, 'company-profile/update', { ...COMPANY, logo: null });
    expect(withoutLogo.logo).toBeNull();
  });

  it('refuses a bad IBAN, a bad VKN, a logo that is not PNG or JPEG, and saves nothing', async () => {
    const b = await testBackend();
    const error = await refused(b, 'company-profile/update', {
      ...COMPANY,
      taxId: '4540536921',
      bankAccounts: [{ bank: 'Ziraat Bankası', iban: 'TR33 0006 1005 1978 6457 8413 27' }],
      logo: { dataBase64: GIF },
      website: 'not a site',
    });
    expect(error.kind).toBe('validation');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['taxId'], key: 'validation.taxId.vkn' }),
        expect.objectContaining({ path: ['bankAccounts', 0, 'iban'], key: 'validation.iban' }),
        expect.objectContaining({ path: ['logo'], key: 'validation.logo.type' }),
        expect.objectContaining({ path: ['website'], key: 'validation.website' }),
      ]),
    );
    expect((await call(b, 'company-profile/get', {})).configured).toBe(false);
  });

  it('checks the logo by its bytes and size, not its name', async () => {
    const b = await testBackend();
    const renamed = Buffer.from('%PDF-1.4 pretending to be a PNG').toString('base64');
    expect((await refused(b, 'company-profile/update', { ...COMPANY, logo: { dataBase64: renamed } })).issues?.[0]?.key).toBe(
      'validation.logo.type',
    );
    const huge = Buffer.concat([Buffer.from(TINY_PNG, 'base64'), Buffer.alloc(600 * 1024)]).toString('base64');
    expect((await refused(b, 'company-profile/update', { ...COMPANY, logo: { dataBase64: huge } })).issues?.[0]?.key).toBe(
      'validation.logo.size',
    );
    const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x0b, 0xb8, 0x00, 0x10, 0x03]);
    const tooTall = Buffer.concat([jpegHeader, Buffer.alloc(20)]).toString('base64');
    expect((await refused(b, 'company-profile/update', { ...COMPANY, logo: { dataBase64: tooTall } })).issues?.[0]?.key).toBe(
      'validation.logo.dimensions',
    );
  });
});
