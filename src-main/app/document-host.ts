import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { DocumentHost } from '../documents/document-host';

const parentWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

/** The system's folder dialog (a batch of PDFs, the backups folder); null when cancelled. */
async function pickFolder(): Promise<string | null> {
  const options = {
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory' as const, 'createDirectory' as const],
  };
  const parent = parentWindow();
  const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** What each kind of file to open looks like in the dialog's type filter. */
const FILE_KINDS: Record<'company' | 'certificate', Electron.FileFilter> = {
  company: { name: 'Vade', extensions: ['sqlite', 'enc'] },
  certificate: { name: 'PEM (.crt, .pem, .cer)', extensions: ['crt', 'pem', 'cer'] },
};

/** The desktop app: the user picks where PDFs go with the system's own dialogs; the renderer never names a path. */
export function electronDocumentHost(): DocumentHost {
  return {
    async saveFile(suggestedName) {
      // The file type follows the suggested name: statement.pdf, faturalar.csv, muhasebe.zip.
      const ext = path.extname(suggestedName).slice(1).toLowerCase() || 'pdf';
      const options = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
      };
      const parent = parentWindow();
      const result = await (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options));
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith(`.${ext}`) ? result.filePath : `${result.filePath}.${ext}`;
    },
    chooseFolder: pickFolder,
    async openFile(kind) {
      const options = {
        defaultPath: app.getPath('documents'),
        properties: ['openFile' as const],
        filters: [FILE_KINDS[kind]],
      };
      const parent = parentWindow();
      const result = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openFolder: pickFolder,
    reveal(target) {
      shell.showItemInFolder(target);
    },
  };
}
