/** Word lists for plausible Turkish company and person names. */
export const NAME_STEMS = [
  'Anadolu',
  'Ege',
  'Karadeniz',
  'Marmara',
  'Akdeniz',
  'Toros',
  'Kuzey',
  'Doğu',
  'Başkent',
  'Çukurova',
  'Yıldız',
  'Güneş',
  'Deniz',
  'Ay',
  'Kartal',
  'Şahin',
  'Öztürk',
  'Yılmaz',
  'Kaya',
  'Demir',
  'Çelik',
  'Aydın',
  'Arslan',
  'Doğan',
  'Koç',
  'Kılıç',
  'Işık',
  'Özkan',
  'Güler',
  'Erdem',
  'Uçar',
  'Bulut',
  'Tekin',
  'Sarı',
  'İnci',
  'Ilgaz',
  'Uludağ',
  'Erciyes',
  'Fırat',
  'Dicle',
];
export const SECTORS = [
  'Gıda',
  'Tekstil',
  'Yapı Malzemeleri',
  'Kırtasiye',
  'Otomotiv',
  'Tarım Ürünleri',
  'Lojistik',
  'Elektrik',
  'Mobilya',
  'Kimya',
  'Ambalaj',
  'Medikal',
  'Bilişim',
  'Makina',
  'Hırdavat',
  'Temizlik Ürünleri',
  'Kozmetik',
  'İnşaat',
  'Enerji',
  'Mermer',
];
export const FORMS = ['Ltd. Şti.', 'A.Ş.', 'San. ve Tic. Ltd. Şti.', 'Tic. A.Ş.', 'Koll. Şti.'];
export const FIRST_NAMES = [
  'Ayşe',
  'Mehmet',
  'Fatma',
  'Mustafa',
  'Emine',
  'Ahmet',
  'Hatice',
  'Ali',
  'Zeynep',
  'Hüseyin',
  'Elif',
  'İbrahim',
  'Şükrü',
  'Gül',
  'Özge',
  'Çağrı',
];
export const CITIES = [
  ['İstanbul', 'Kadıköy'],
  ['İstanbul', 'Ümraniye'],
  ['Ankara', 'Çankaya'],
  ['İzmir', 'Karşıyaka'],
  ['Bursa', 'Nilüfer'],
  ['Antalya', 'Muratpaşa'],
  ['Konya', 'Selçuklu'],
  ['Adana', 'Seyhan'],
  ['Gaziantep', 'Şehitkamil'],
  ['Kocaeli', 'İzmit'],
  ['Kayseri', 'Melikgazi'],
  ['Eskişehir', 'Odunpazarı'],
  ['Samsun', 'İlkadım'],
  ['Denizli', 'Pamukkale'],
  ['Iğdır', 'Iğdır'],
] as const;
/** Words that make a title longer in the way Turkish firms do: after the family or place name, or after the trade. */
const AFTER_STEM = ['Kardeşler', 'Grup', 'Yapı'];
const AFTER_SECTOR = ['Pazarlama', 'Dağıtım', 'Sanayi', 'Dış Ticaret', 'Tedarik'];
/** The plain "stem sector form" is the most common, so it gets several slots. */
const SHAPES = ['', '', '', '', ...AFTER_STEM.map((w) => `stem:${w}`), ...AFTER_SECTOR.map((w) => `sector:${w}`)];
export const SUPPLIERS = [
  'Marmara Kağıt San. A.Ş.',
  'Öz Ege Nakliyat Ltd. Şti.',
  'Başkent Hammadde Tic. A.Ş.',
  'Çınar Ambalaj Ltd. Şti.',
];
export const BANKS = ['Ziraat Bankası', 'İş Bankası', 'Garanti BBVA', 'Yapı Kredi', 'Akbank', 'Halkbank', 'VakıfBank', 'QNB'];

/** One title from three numbers in [0, 1): which stem, which trade, which shape and legal form. */
function compose(stem: string, a: number, b: number): string {
  const sector = SECTORS[Math.floor(a * SECTORS.length)]!;
  const slot = Math.floor(b * SHAPES.length * FORMS.length);
  const form = FORMS[slot % FORMS.length]!;
  const shape = SHAPES[Math.floor(slot / FORMS.length)]!;
  const [where, word] = shape.split(':');
  // Never the same word twice ("Yapı Yapı Malzemeleri").
  if (word && `${stem} ${sector}`.includes(word)) return `${stem} ${sector} ${form}`;
  if (where === 'stem') return `${stem} ${word} ${sector} ${form}`;
  if (where === 'sector') return `${stem} ${sector} ${word} ${form}`;
  return `${stem} ${sector} ${form}`;
}

/**
 * Distinct, plausible company titles with no numbers in them. The first try takes exactly three draws of the
 * caller's stream (so the rest of a seeded demo stays what it was); a title already given is drawn again from the
 * generator's own stream, then with two place names ("Ege Marmara …"), which leaves room for a million and more.
 */
export function companyTitles(own: { next(): number }) {
  const used = new Set<string>();
  const pickStem = (x: number) => NAME_STEMS[Math.floor(x * NAME_STEMS.length)]!;
  return (r: { next(): number }): string => {
    let title = compose(pickStem(r.next()), r.next(), r.next());
    for (let attempt = 0; used.has(title) && attempt < 2000; attempt++) {
      const first = pickStem(own.next());
      const second = attempt < 50 ? null : pickStem(own.next());
      if (second === first) continue;
      title = compose(second ? `${first} ${second}` : first, own.next(), own.next());
    }
    used.add(title);
    return title;
  };
}
