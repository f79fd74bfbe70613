import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A temporary name beside the target: renaming within one folder is atomic. */
export const partFileFor = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`);

/**
 * Writes the whole file under a temporary name, flushes it and renames it into place, so a reader (or a
 * crash, or a cancelled batch) never sees half a PDF.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const part = partFileFor(target);
  try {
    const handle = await fs.promises.open(part, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(part, target);
  } catch (error) {
    await fs.promises.rm(part, { force: true });
    throw error;
  }
}
