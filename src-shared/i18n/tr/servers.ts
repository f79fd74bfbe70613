/** A company on a PostgreSQL server: copying a company there and back, the server going away. */
export const servers = {
  'servers.unavailable':
    'Şirketin veritabanı sunucusuna ulaşılamıyor. Sunucu ya da ağ bağlantısı kesilmiş olabilir; hiçbir şey yarım kaydedilmedi. Sunucu geri geldiğinde Vade yeniden bağlanır: tekrar deneyin.',
  'servers.copy.targetNotEmpty':
    'Hedefte zaten bir şirket var ({table} tablosu dolu). Boş bir veritabanına ya da dosyaya kopyalayın.',
  'servers.copy.sameCompany': 'Bir şirket kendi üzerine kopyalanamaz.',
  'servers.copy.sourceMissing': 'Kopyalanacak şirket dosyası bulunamadı: {file}',
  'servers.copy.checkFailed': 'Kopya kaynakla tutmadı; hiçbir şey yazılmadı: {differences}',
} as const;
