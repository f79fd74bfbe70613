import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `assets/` folder shipped with the app. This file sits two levels below the project root both as a
 * source (src-main/documents/, run by the CLI and tests) and bundled (dist/main/main.cjs, inside the asar
 * when packaged, where electron-builder's `files` puts `assets/**`), so one relative path serves all three.
 * VADE_ASSETS_DIR overrides it.
 */
export function assetsDir(): string {
  const candidates = [
    process.env.VADE_ASSETS_DIR,
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets'),
    path.resolve(process.cwd(), 'assets'),
  ].filter((dir): dir is string => !!dir);
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'fonts')));
  if (!found) throw new Error(`Vade's assets folder (fonts for PDFs) was not found; looked in ${candidates.join(', ')}`);
  return found;
}
