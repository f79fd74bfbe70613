import fs from 'node:fs';
import path from 'node:path';
import type { CompanyProfile } from '../../src-shared/domain/company/schemas';
import { assetsDir } from './assets-dir';

/** DejaVu Sans Condensed: real glyphs for ş ğ ı İ ç ö ü and ₺, narrow enough for money columns. */
const FONT_FILES = { regular: 'DejaVuSansCondensed.ttf', bold: 'DejaVuSansCondensed-Bold.ttf' } as const;

export interface DocumentFonts {
  regular: Buffer;
  bold: Buffer;
}

/** What every document of a batch shares, read once: the fonts, the company and its logo. */
export interface DocumentAssets {
  fonts: DocumentFonts;
  company: CompanyProfile;
  logo: Buffer | null;
}

let cachedFonts: DocumentFonts | null = null;

/** The fonts are read from disk once per process. */
export function documentFonts(): DocumentFonts {
  if (!cachedFonts) {
    const dir = path.join(assetsDir(), 'fonts');
    cachedFonts = {
      regular: fs.readFileSync(path.join(dir, FONT_FILES.regular)),
      bold: fs.readFileSync(path.join(dir, FONT_FILES.bold)),
    };
  }
  return cachedFonts;
}

export function documentAssets(company: CompanyProfile): DocumentAssets {
  return {
    fonts: documentFonts(),
    company,
    logo: company.logo ? Buffer.from(company.logo.dataBase64, 'base64') : null,
  };
}
