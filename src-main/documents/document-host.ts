import fs from 'node:fs';
import path from 'node:path';

/**
 * Where exported documents go. The renderer never names a path: in Electron the host asks the user
 * with the system's dialogs; in browser mode and the CLI it writes under the data folder's `exports/`
 * and reports where (the app also offers the file itself as a download).
 */
export interface DocumentHost {
  /** A path for one file, suggested by name; null when the user cancelled the dialog. */
  saveFile(suggestedName: string): Promise<string | null>;
  /** A folder for a batch; null when the user cancelled the dialog. */
  chooseFolder(suggestedName: string): Promise<string | null>;
  /** Shows a written file to the user, where the host can (a file manager). */
  reveal(target: string): void;
  /**
   * A file to read (a company file or backup from elsewhere, a server's CA certificate); null when cancelled or when
   * the host cannot ask.
   */
  openFile(kind: 'company' | 'certificate'): Promise<string | null>;
  /** A folder to keep files in (the backups); null when cancelled or when the host cannot ask. */
  openFolder(kind: 'backups'): Promise<string | null>;
}

/** A name in `dir` not taken yet: "x.pdf", then "x (2).pdf", … */
export function freeName(dir: string, name: string): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Browser mode and the CLI: files go to `<data folder>/exports/`, no questions asked. */
export function exportsFolderHost(dataDir: string): DocumentHost {
  const root = path.join(dataDir, 'exports');
  return {
    async saveFile(suggestedName) {
      await fs.promises.mkdir(root, { recursive: true });
      return freeName(root, suggestedName);
    },
    async chooseFolder(suggestedName) {
      await fs.promises.mkdir(root, { recursive: true });
      const folder = freeName(root, suggestedName);
      await fs.promises.mkdir(folder, { recursive: true });
      return folder;
    },
    reveal() {},
    // A browser page cannot name a file or folder on this computer: the desktop app's dialogs or the CLI do.
    openFile: async () => null,
    openFolder: async () => null,
  };
}
