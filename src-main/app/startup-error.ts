import { backupsDir } from '../store/data-dir';
import { StoreError, type StoreErrorReason } from '../store/store-error';

export interface StartupErrorMessage {
  title: string;
  body: string;
}

/** Turkish first (the default language), English below: the settings cannot be read when the store fails. */
const STORE_REASONS: Record<StoreErrorReason, { tr: string; en: string }> = {
  not_a_database: {
    tr: 'Veri dosyası bir Vade veritabanı değil. Dosyayı başka bir program değiştirmiş ya da yanlış klasör seçilmiş olabilir.',
    en: 'The data file is not a Vade database. Another program may have changed it, or the wrong folder was chosen.',
  },
  damaged: {
    tr: 'Veritabanı dosyası bozuk. Yedekler klasöründeki son yedeği geri yükleyin.',
    en: 'The database file is damaged. Restore the latest backup from the backups folder.',
  },
  newer_schema: {
    tr: "Bu veritabanı Vade'nin daha yeni bir sürümüyle oluşturulmuş. Açmak için Vade'yi güncelleyin.",
    en: 'This database was written by a newer version of Vade. Update Vade to open it.',
  },
  cannot_open: {
    tr: 'Veritabanı dosyası açılamadı. Klasör izinlerini, boş disk alanını ve dosyayı başka bir programın kullanıp kullanmadığını kontrol edin.',
    en: 'The database file could not be opened. Check the folder permissions, free disk space, and whether another program is using the file.',
  },
  migration_failed: {
    tr: 'Veritabanı bu sürüme yükseltilemedi. Dosya son başarılı sürümünde bırakıldı; otomatik yedek yedekler klasöründedir.',
    en: 'The database could not be upgraded to this version. It was left at its last good version; an automatic backup is in the backups folder.',
  },
  sqlite_only: {
    tr: 'Bu işlem yalnızca bilgisayardaki SQLite veritabanında yapılabiliyor; şirket bir PostgreSQL sunucusunda.',
    en: 'This can only be done with the SQLite database on this computer; the company is on a PostgreSQL server.',
  },
};

/** What the native error box says when Vade cannot start: plain words and the paths, never a stack trace. */
export function startupErrorMessage(error: unknown, dataDir: string): StartupErrorMessage {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof StoreError) {
    const reason = STORE_REASONS[error.reason];
    return {
      title: 'Vade — Veriler açılamadı / Data could not be opened',
      body: [
        reason.tr,
        reason.en,
        '',
        `Dosya / File: ${error.file}`,
        `Yedekler / Backups: ${backupsDir(dataDir)}`,
        '',
        `Ayrıntı / Detail: ${detail}`,
      ].join('\n'),
    };
  }
  return {
    title: 'Vade — Başlatılamadı / Could not start',
    body: [
      'Vade beklenmeyen bir hata nedeniyle başlatılamadı. Verileriniz değiştirilmedi.',
      'Vade could not start because of an unexpected error. Your data was not changed.',
      '',
      `Veri klasörü / Data folder: ${dataDir}`,
      '',
      `Ayrıntı / Detail: ${detail}`,
    ].join('\n'),
  };
}
