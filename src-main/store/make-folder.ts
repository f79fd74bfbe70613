import fs from 'node:fs';
import path from 'node:path';

/**
 * `mkdir -p` that cannot hang, then a write test. Node's recursive mkdir loops forever under /proc (mkdir answers
 * ENOENT for a parent that exists), which froze the whole backend on one bad folder. This walks up to the nearest
 * existing folder and makes each missing level itself; a file in the way, a refused level or a folder that does
 * not take a file throws at once.
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  let current = path.resolve(folder);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (stat) {
      if (!stat.isDirectory()) throw new Error(`Not a folder: ${current}`);
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) throw new Error(`No such drive: ${current}`);
    missing.push(current);
    current = parent;
  }
  for (const level of missing.reverse()) fs.mkdirSync(level);
  // Writable in fact, not by permission bits (root may "write" to /proc, where no file can be made).
  const probe = path.join(folder, `.vade-write-test-${process.pid}`);
  fs.writeFileSync(probe, '');
  fs.rmSync(probe, { force: true });
}
