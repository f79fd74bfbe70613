import type { Language } from '../../src-shared/i18n/language';

export interface MenuLabels {
  file: string;
  company: string;
  quit: string;
  closeWindow: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  toggleFullScreen: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  help: string;
  about: string;
  version: string;
  dataFolder: string;
}

/** The native menu follows the language setting; Turkish is the default. */
export const MENU_LABELS: Record<Language, MenuLabels> = {
  tr: {
    file: 'Dosya',
    company: 'Şirket',
    quit: 'Çıkış',
    closeWindow: 'Pencereyi Kapat',
    edit: 'Düzen',
    undo: 'Geri Al',
    redo: 'Yinele',
    cut: 'Kes',
    copy: 'Kopyala',
    paste: 'Yapıştır',
    selectAll: 'Tümünü Seç',
    view: 'Görünüm',
    reload: 'Yeniden Yükle',
    toggleDevTools: 'Geliştirici Araçları',
    toggleFullScreen: 'Tam Ekran',
    resetZoom: 'Gerçek Boyut',
    zoomIn: 'Yakınlaştır',
    zoomOut: 'Uzaklaştır',
    help: 'Yardım',
    about: 'Vade Hakkında',
    version: 'Sürüm',
    dataFolder: 'Veri klasörü',
  },
  en: {
    file: 'File',
    company: 'Company',
    quit: 'Quit',
    closeWindow: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    toggleFullScreen: 'Full Screen',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    help: 'Help',
    about: 'About Vade',
    version: 'Version',
    dataFolder: 'Data folder',
  },
};
