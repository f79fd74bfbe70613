import zlib from 'node:zlib';
import type { Backend } from '../../../src-main/backend';
import { call } from '../../support/test-backend';

export const COMPANY = {
  title: 'Deniz Gıda Ticaret A.Ş.',
  taxId: '4540536920',
  taxOffice: 'Karşıyaka',
  address: 'Atatürk Cad. No: 12, Konak / İzmir',
  phone: '0232 555 00 00',
  email: 'muhasebe@denizgida.com.tr',
  website: 'www.denizgida.com.tr',
  bankAccounts: [
    { bank: 'Ziraat Bankası', branch: 'Konak Şubesi', iban: 'TR33 0006 1005 1978 6457 8413 26', currency: 'TRY' as const },
  ],
  signatureText: 'Muhasebe Müdürü Ayşe Işık',
  statementNote: 'Ödemelerinizde açıklamaya cari kodunuzu yazınız.',
};

/** A real RGB PNG of a navy bar, `width` × `height` pixels (a stand-in for a logo). */
export function makePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([28, 78, 128]))]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const TINY_PNG = makePng(1, 1).toString('base64');
export const LOGO_PNG = makePng(300, 100).toString('base64');

export async function setUpCompany(backend: Backend, extra: Record<string, unknown> = {}) {
  return call(backend, 'company-profile/update', { ...COMPANY, logo: { dataBase64: LOGO_PNG }, ...extra });
}

export async function customer(backend: Backend, title: string) {
  return call(backend, 'customers/create', {
    title,
    taxId: '10000000146',
    kind: 'person',
    taxOffice: 'Şişli',
    address: 'Büyükdere Cd. 1',
    city: 'İstanbul',
  });
}
