import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Language } from '../../../src-shared/i18n/language';
import { partFileFor } from '../../documents/atomic-write';
import type { StoreConnection } from '../../store/connection';
import { copyToCompanyFile } from '../../store/copy/company-file-copy';
import { csvChunks, type StreamedTable } from './table-writer';

/**
 * The accountant's package: each table as a CSV streamed straight into the ZIP, and the company as a plain SQLite
 * company file (`copyToCompanyFile`: the online backup of a file company, the row copy of a server one), which any
 * SQLite tool and Vade open. Written under a temporary name, renamed when complete.
 */
export async function writeCompanyZip(
  target: string,
  tables: StreamedTable[],
  language: Language,
  store: Pick<StoreConnection, 'kind' | 'db' | 'file' | 'raw'>,
  databaseName: string,
): Promise<number> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-zip-'));
  const part = partFileFor(target);
  try {
    const backup = path.join(scratch, databaseName);
    await copyToCompanyFile(store, backup);
    const zip = new yazl.ZipFile();
    const written = pipeline(zip.outputStream, fs.createWriteStream(part, { flags: 'wx' }));
    const count = { rows: 0 };
    // One CSV at a time: each reads its pages only while the ZIP takes them in.
    for (const table of tables) {
      const stream = Readable.from(csvChunks(table, language, count));
      zip.addReadStream(stream, `${table.fileName}.csv`);
      await new Promise<void>((resolve, reject) => stream.once('end', resolve).once('error', reject));
    }
    zip.addFile(backup, databaseName);
    zip.end();
    await written;
    await fs.promises.rename(part, target);
    return count.rows;
  } catch (error) {
    await fs.promises.rm(part, { force: true });
    throw error;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
