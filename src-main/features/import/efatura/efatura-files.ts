import fs from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../source-files';
import { UblError } from './ubl-invoice';

export interface XmlEntry {
  /** The file's name, or "archive.zip › name.xml" for one inside a ZIP. */
  name: string;
  read(): Promise<Buffer>;
}

const isZip = (name: string) => /\.zip$/i.test(name);
const isXml = (name: string) => /\.xml$/i.test(name);

/**
 * The XML documents of the chosen files: XML files as they are and the XML files inside ZIP archives (as
 * integrators and the GİB portal hand them out). Anything else is skipped; a ZIP that cannot be read is
 * reported as one failed entry.
 */
export async function xmlEntries(files: readonly SourceFile[]): Promise<XmlEntry[]> {
  const entries: XmlEntry[] = [];
  for (const file of files) {
    if (isXml(file.name)) entries.push({ name: file.name, read: () => fs.promises.readFile(file.path) });
    else if (isZip(file.name)) {
      const { default: JSZip } = await import('jszip');
      try {
        const zip = await JSZip.loadAsync(await fs.promises.readFile(file.path));
        const inner = Object.values(zip.files)
          .filter((f) => !f.dir && isXml(f.name) && !f.name.startsWith('__MACOSX/'))
          .sort((a, b) => a.name.localeCompare(b.name));
        for (const f of inner)
          entries.push({ name: `${file.name} › ${path.basename(f.name)}`, read: () => f.async('nodebuffer') });
      } catch {
        entries.push({ name: file.name, read: () => Promise.reject(new UblError('import.efatura.badZip')) });
      }
    }
  }
  return entries;
}
