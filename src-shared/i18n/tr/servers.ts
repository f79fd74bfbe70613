/** A company on a PostgreSQL server: copying a company there and back, the server going away. */
export const servers = {
  'servers.unavailable':
    'Şirketin veritabanı sunucusuna ulaşılamıyor. Sunucu ya da ağ bağlantısı kesilmiş olabilir; hiçbir şey yarım kaydedilmedi. Sunucu geri geldiğinde Vade yeniden bağlanır: tekrar deneyin.',
  'servers.copy.targetNotEmpty':
    'Hedefte zaten bir şirket var ({table} tablosu dolu). Boş bir veritabanına ya da dosyaya kopyalayın.',
  'servers.copy.sameCompany': 'Bir şirket kendi üzerine kopyalanamaz.',
  'servers.copy.sourceMissing': 'Kopyalanacak şirket dosyası bulunamadı: {file}',
  'servers.copy.checkFailed': 'Kopya kaynakla tutmadı; hiçbir şey yazılmadı: {differences}',
  'servers.problem.wrong_password': '{user} kullanıcısının parolası yanlış ({host}). Parolayı kontrol edin.',
  'servers.problem.password_required': 'Sunucu {user} için parola istiyor: parolayı yazın.',
  'servers.problem.not_allowed':
    'Sunucu {user} kullanıcısının bu bilgisayardan {database} veritabanına bağlanmasına izin vermiyor (pg_hba.conf). Sunucu yöneticisine bu bilgisayarın adresini ekletin ya da SSL modunu değiştirin.',
  'servers.problem.unknown_host': '{host} adında bir sunucu bulunamadı. Sunucu adını (ya da IP adresini) kontrol edin.',
  'servers.problem.server_down':
    '{host}:{port} bağlantıyı kabul etmiyor: sunucu kapalı, PostgreSQL çalışmıyor ya da port yanlış olabilir.',
  'servers.problem.timeout': '{host}:{port} yanıt vermedi (zaman aşımı). Ağ bağlantısını ve güvenlik duvarını kontrol edin.',
  'servers.problem.database_missing':
    'Sunucuda {database} adında bir veritabanı yok. Adı kontrol edin ya da yöneticiye oluşturtun (createdb).',
  'servers.problem.tls_refused':
    'Sunucu şifreli (SSL/TLS) bağlantıyı desteklemiyor. Sunucuda SSL açılmalı ya da SSL modu “Kapalı” seçilmeli.',
  'servers.problem.tls_untrusted':
    'Sunucunun sertifikası doğrulanamadı: güvenilmeyen bir yetkilinin (CA) imzası ya da başka bir ada verilmiş sertifika. Sunucu adı sertifikadakiyle aynı olmalı; sertifikayı ofisinizin kendi yetkilisi imzaladıysa onun CA dosyasını seçin.',
  'servers.problem.newer_schema': '{database} Vade’nin daha yeni bir sürümüyle yazılmış. Açmak için Vade’yi güncelleyin.',
  'servers.problem.other': 'Sunucuya bağlanılamadı: {detail}',
  'servers.menu.open': 'Sunucudaki şirketi aç…',
  'servers.menu.edit': 'Sunucu bağlantısını düzenle…',
  'servers.menu.copyToServer': 'Bu şirketi sunucuya kopyala…',
  'servers.menu.copyToFile': 'Bu şirketi bu bilgisayara kopyala…',
  'servers.onServer': 'Sunucuda',
  'servers.onServerAt': 'Sunucuda: {database} @ {host}',
  'servers.form.title': 'Sunucudaki şirketi aç',
  'servers.form.editTitle': 'Sunucu bağlantısı',
  'servers.form.explain':
    'Şirket bir PostgreSQL sunucusunda tutulursa ofisteki birkaç bilgisayar aynı anda çalışabilir. Bağlantı bilgileri bu bilgisayarda saklanır.',
  'servers.form.url': 'Bağlantı adresi (isteğe bağlı)',
  'servers.form.urlHelp': 'Yöneticiden aldığınız postgres://… adresini yapıştırın: alanlar doldurulur.',
  'servers.form.urlInvalid': 'Bu bir postgres://kullanıcı@sunucu:5432/veritabanı adresi değil.',
  'servers.form.host': 'Sunucu',
  'servers.form.port': 'Port',
  'servers.form.database': 'Veritabanı',
  'servers.form.user': 'Kullanıcı',
  'servers.form.password': 'Parola',
  'servers.form.passwordSaved': 'kayıtlı',
  'servers.form.passwordKept': 'Parola kayıtlı; değiştirmek için yenisini yazın.',
  'servers.form.sslmode': 'SSL (şifreli bağlantı)',
  'servers.form.sslmode.disable': 'Kapalı',
  'servers.form.sslmode.prefer': 'Varsa kullan',
  'servers.form.sslmode.require': 'Zorunlu',
  'servers.form.sslmode.verify-full': 'Zorunlu, sertifika tam doğrulanır',
  'servers.form.storage.os-keychain':
    'Parola işletim sisteminin anahtar zincirinde şifreli saklanır; ayarlar dosyasına yazılmaz.',
  'servers.form.storage.key-file':
    'Tarayıcı modunda işletim sisteminin anahtar zinciri kullanılamaz: parola, veri klasöründeki bir anahtar dosyasıyla şifrelenir. Veri klasörünü okuyabilen herkes parolayı çözebilir.',
  'servers.form.name': 'Bu bilgisayardaki adı',
  'servers.form.namePlaceholder': 'Boş bırakılırsa şirketin kendi adı',
  'servers.form.test': 'Bağlantıyı dene',
  'servers.form.open': 'Aç',
  'servers.form.save': 'Kaydet',
  'servers.form.okCompany': 'Bağlantı kuruldu ({version}). Veritabanındaki şirket: {name}.',
  'servers.form.okUnnamed': 'Bağlantı kuruldu ({version}). Veritabanında adı henüz girilmemiş bir şirket var.',
  'servers.form.okEmpty': 'Bağlantı kuruldu ({version}). Veritabanı boş: açınca burada yeni bir şirket oluşturulur.',
  'servers.opened': 'Sunucudaki {name} açıldı.',
  'servers.copy.titleToServer': 'Şirketi sunucuya kopyala',
  'servers.copy.titleToFile': 'Şirketi bu bilgisayara kopyala',
  'servers.copy.explainToServer':
    'Açık şirketin tamamı (hesaplar, geçmiş, değişiklik kayıtları) boş bir sunucu veritabanına kopyalanır; bu bilgisayardaki dosya olduğu gibi kalır. Kopyadan sonra iki taraftaki satır sayıları ve tutarlar karşılaştırılır.',
  'servers.copy.explainToFile':
    'Sunucudaki şirketin tamamı bu bilgisayarda yeni bir şirket dosyasına kopyalanır; sunucudaki şirket olduğu gibi kalır.',
  'servers.copy.newName': 'Yeni şirketin adı',
  'servers.copy.start': 'Kopyala',
  'servers.copy.progress': '{table}: {done} / {total} satır',
  'servers.copy.done': 'Kopyalandı: {rows} satır, {ms} ms. Satır sayıları ve tutarlar iki tarafta aynı.',
  'servers.copy.checkTitle': 'Karşılaştırma',
  'servers.copy.colTable': 'Tablo',
  'servers.copy.colRows': 'Satır',
  'servers.copy.colMoney': 'Tutar',
  'servers.copy.openCopy': 'Kopyayı aç',
  'servers.copy.localSuffix': 'bu bilgisayarda',
  'servers.copy.close': 'Kapat',
  'servers.problem.tls_required':
    'Sunucu {user} kullanıcısını yalnızca şifreli (SSL/TLS) bağlantıyla kabul ediyor. SSL modunu “Zorunlu” ya da “Zorunlu, sertifika tam doğrulanır” seçin.',
  'servers.problem.tls_ca_unreadable':
    'CA sertifika dosyası okunamadı: {caFile}. Dosyanın bu bilgisayarda olduğunu ve bir PEM sertifikası (.crt/.pem) olduğunu kontrol edin.',
  'servers.form.caFile': 'CA sertifika dosyası (isteğe bağlı)',
  'servers.form.caFileHelp':
    'Sunucunun sertifikasını ofisinizin kendi yetkilisi (CA) imzaladıysa, o yetkilinin sertifika dosyasının bu bilgisayardaki tam yolu (.crt/.pem). Boş bırakılırsa bilgisayarın güvendiği yetkililer kullanılır.',
  'servers.form.caFileAbsolute': 'Dosyanın tam yolunu yazın (ör. C:\\Vade\\ofis-ca.crt ya da /etc/ssl/ofis-ca.crt).',
  'servers.copy.serverName': 'Sunucudaki şirketin bu bilgisayardaki adı',
  'servers.copy.serverSuffix': 'sunucu',
  'servers.form.encrypted': 'Bağlantı şifreli (TLS).',
  'servers.form.plain': 'Bağlantı şifresiz: ofis ağı dışında SSL modunu “Zorunlu” seçin.',
  'servers.form.caFileChoose': 'Dosya seç…',
  'servers.form.caFileChooseBrowser': 'Tarayıcıdan dosya seçilemez: dosyanın bu bilgisayardaki tam yolunu yazın.',
  'servers.form.caFileMissing': 'Dosya bulunamadı: {file}. Yolu kontrol edin ya da dosyayı yeniden seçin.',
  'servers.form.caFileUnreadable': 'Dosya okunamıyor: {file}. Bir klasör olabilir ya da bu kullanıcının okuma izni yok.',
  'servers.form.caFileNotCertificate':
    'Dosya okunamıyor: {file} bir PEM sertifikası değil (“-----BEGIN CERTIFICATE-----” ile başlayan .crt/.pem dosyası seçin).',
} as const;
