import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'windows-1254';

/**
 * Turkish spreadsheets come as UTF-8 (with or without a BOM, from Excel's "CSV UTF-8" or any modern program)
 * or as Windows-1254 (Excel's plain "CSV" on a Turkish Windows, Logo and Mikro exports). Bytes that are not
 * valid UTF-8 can only be the older code page: 1254 maps every byte, so that reading never fails.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1254'),
      encoding: 'windows-1254',
    };
  }
}
