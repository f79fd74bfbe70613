/** A company on a PostgreSQL server: opening it, copying a company there and back, the server going away. */
export const servers = {
  'servers.unavailable':
    'Şirketin veritabanı sunucusuna ulaşılamıyor. Sunucu ya da ağ bağlantısı kesilmiş olabilir; hiçbir şey yarım kaydedilmedi. Sunucu geri geldiğinde Vade yeniden bağlanır: tekrar deneyin.',
  'servers.copy.targetNotEmpty':
    'Hedefte zaten bir şirket var ({table} tablosu dolu). Boş bir veritabanına ya da dosyaya kopyalayın.',
  'servers.copy.sameCompany': 'Bir şirket kendi üzerine kopyalanamaz.',
  'servers.copy.sourceMissing': 'Kopyalanacak şirket dosyası bulunamadı: {file}',
  'servers.copy.checkFailed': 'Kopya kaynakla tutmadı; hiçbir şey yazılmadı: {differences}',
  'servers.open.menu': 'Sunucudaki şirketi aç…',
  'servers.open.title': 'Sunucudaki şirketi aç (PostgreSQL)',
  'servers.open.explain':
    'Birden çok bilgisayar aynı şirkette çalışacaksa şirket bir PostgreSQL sunucusunda tutulur. Parola bu bilgisayarın güvenli anahtar deposunda saklanır, dosyalara açık yazılmaz.',
  'servers.open.host': 'Sunucu',
  'servers.open.port': 'Port',
  'servers.open.database': 'Veritabanı',
  'servers.open.user': 'Kullanıcı',
  'servers.open.password': 'Parola',
  'servers.open.passwordKept': 'Kayıtlı parola kullanılır; değiştirmek için yenisini yazın.',
  'servers.open.sslmode': 'TLS (sslmode)',
  'servers.open.sslmode.disable': 'Kapalı (yalnızca güvenilir yerel ağda)',
  'servers.open.sslmode.require': 'Şifreli (require)',
  'servers.open.sslmode.verify-full': 'Şifreli ve sertifika doğrulanır (verify-full)',
  'servers.open.submit': 'Bağlan ve aç',
  'servers.open.opened': 'Sunucudaki şirket açıldı: {server}',
  'servers.open.cannotConnect': 'Sunucuya bağlanılamadı: {reason}',
  'servers.validation.host': 'Sunucu adını ya da IP adresini yazın (ör. db.ofis.lan).',
  'servers.validation.port': 'Port 1 ile 65535 arasında bir sayı olmalı.',
  'servers.validation.name': 'Yalnızca harf, rakam, alt çizgi, nokta ve tire kullanın (en çok 63 karakter).',
} as const;
