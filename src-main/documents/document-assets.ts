import fs from 'node:fs';
import * as fontkit from 'fontkit';
import path from 'node:path';
import type { CompanyProfile } from '../../src-shared/domain/company-profile/schemas';
import { assetsDir } from './assets-dir';
import { withSharedLayout } from './shared-layout';

/** DejaVu Sans Condensed: real glyphs for ş ğ ı İ ç ö ü and ₺, narrow enough for money columns. */
const FONT_FILES = { regular: 'DejaVuSansCondensed.ttf', bold: 'DejaVuSansCondensed-Bold.ttf' } as const;

/**
 * Parsed once: pdfkit would otherwise parse the 700 KB font files again for every document, which is most
 * of the time a batch takes. Each document still embeds only the glyphs it uses.
 */
export interface DocumentFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

/** What every document of a batch shares, read once: the fonts, the company and its logo. */
export interface DocumentAssets {
  fonts: DocumentFonts;
  company: CompanyProfile;
  logo: Buffer | null;
}

let cachedFonts: DocumentFonts | null = null;

/** The fonts are read and parsed once per process. */
export function documentFonts(): DocumentFonts {
  if (!cachedFonts) {
    const dir = path.join(assetsDir(), 'fonts');
    cachedFonts = {
      regular: withSharedLayout(fontkit.create(fs.readFileSync(path.join(dir, FONT_FILES.regular)))),
      bold: withSharedLayout(fontkit.create(fs.readFileSync(path.join(dir, FONT_FILES.bold)))),
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
