import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../src-shared/i18n/language';
import { MENU_LABELS, type MenuLabels } from './menu-labels';

export interface MenuOptions {
  language: Language;
  /** Reload and DevTools exist only in development. */
  isDev: boolean;
  dataDir: string;
  /** The company files, to switch from the menu (the open one is checked). */
  companies?: { id: string; label: string; current: boolean }[];
  openCompany?: (id: string) => void;
}

function showAbout(labels: MenuLabels, dataDir: string): void {
  const details = [
    `${labels.version}: ${app.getVersion()}`,
    `${labels.dataFolder}: ${dataDir}`,
    `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
  ].join('\n');
  const options = { type: 'info' as const, title: labels.about, message: 'Vade', detail: details, buttons: ['OK'] };
  const parent = BrowserWindow.getFocusedWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

function template(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[options.language];
  const isMac = process.platform === 'darwin';
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { label: labels.reload, role: 'reload', accelerator: 'CmdOrCtrl+R' },
        { label: labels.toggleDevTools, role: 'toggleDevTools', accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
        { type: 'separator' },
      ]
    : [];
  const about: MenuItemConstructorOptions = { label: labels.about, click: () => showAbout(labels, options.dataDir) };
  const quit: MenuItemConstructorOptions = { label: labels.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' };

  return [
    // macOS puts About and Quit in the application menu, named after the app.
    ...(isMac ? [{ label: 'Vade', submenu: [about, { type: 'separator' as const }, quit] }] : []),
    { label: labels.file, submenu: isMac ? [{ label: labels.closeWindow, role: 'close', accelerator: 'Cmd+W' }] : [quit] },
    {
      label: labels.company,
      submenu: (options.companies ?? []).map((company) => ({
        label: company.label,
        type: 'radio' as const,
        checked: company.current,
        click: () => options.openCompany?.(company.id),
      })),
    },
    {
      label: labels.edit,
      submenu: [
        { label: labels.undo, role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: labels.redo, role: 'redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { label: labels.cut, role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: labels.copy, role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: labels.paste, role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: labels.selectAll, role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: labels.view,
      submenu: [
        ...devItems,
        { label: labels.resetZoom, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { label: labels.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: labels.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { type: 'separator' },
        { label: labels.toggleFullScreen, role: 'togglefullscreen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
      ],
    },
    { label: labels.help, role: 'help', submenu: [about] },
  ];
}

/** Builds (or rebuilds, after a language change) the application menu. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template(options)));
}
