/** What a spreadsheet can hold, and the columns each kind of row is made of. */
export const SHEET_KINDS = ['customers', 'invoices', 'payments'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export const IMPORT_KINDS = [...SHEET_KINDS, 'efatura'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const SHEET_FIELDS = {
  customers: ['code', 'title', 'taxId', 'taxOffice', 'address', 'city', 'phone', 'email', 'paymentTermsDays', 'notes'],
  invoices: ['customerCode', 'number', 'issueDate', 'dueDate', 'total', 'currency', 'ettn', 'notes'],
  payments: ['customerCode', 'date', 'amount', 'currency', 'method', 'reference', 'note'],
} as const satisfies Record<SheetKind, readonly string[]>;

export type SheetField<K extends SheetKind = SheetKind> = (typeof SHEET_FIELDS)[K][number];

/** Fields a row cannot do without. */
export const REQUIRED_FIELDS: Record<SheetKind, readonly string[]> = {
  customers: ['code', 'title'],
  invoices: ['customerCode', 'number', 'issueDate', 'total'],
  payments: ['customerCode', 'date', 'amount'],
};

/**
 * Header words (Turkish-folded, spaces and punctuation removed) that name each field, in Turkish and English
 * as accounting programs (Logo, Mikro, Luca, Excel exports) write them.
 */
export const HEADER_GUESSES: Record<string, readonly string[]> = {
  code: ['carikod', 'carikodu', 'kod', 'code', 'customercode', 'accountcode', 'hesapkodu', 'musterikodu'],
  customerCode: [
    'carikod',
    'carikodu',
    'musterikodu',
    'müşterikodu',
    'customercode',
    'customer',
    'accountcode',
    'hesapkodu',
    'cari',
  ],
  title: [
    'unvan',
    'ünvan',
    'ünvanı',
    'unvanı',
    'cariunvan',
    'cariünvan',
    'cariünvanı',
    'firmaadı',
    'firma',
    'adsoyad',
    'title',
    'name',
    'customername',
    'companyname',
  ],
  taxId: [
    'vergino',
    'vergino.',
    'vkn',
    'tckn',
    'vkn/tckn',
    'vergikimlikno',
    'vergino/tckn',
    'taxid',
    'taxnumber',
    'taxno',
    'vatnumber',
  ],
  taxOffice: ['vergidairesi', 'vd', 'taxoffice'],
  address: ['adres', 'address'],
  city: ['il', 'şehir', 'sehir', 'city'],
  phone: ['telefon', 'tel', 'gsm', 'phone', 'telephone'],
  email: ['eposta', 'e-posta', 'email', 'e-mail', 'mail'],
  paymentTermsDays: ['vadegün', 'vadegünü', 'vade(gün)', 'ödemevadesi', 'paymentterms', 'termsdays', 'terms'],
  notes: ['not', 'notlar', 'açıklama', 'aciklama', 'notes', 'note', 'description'],
  number: ['faturano', 'faturanumarası', 'belgeno', 'evrakno', 'invoiceno', 'invoicenumber', 'number', 'no'],
  issueDate: ['faturatarihi', 'tarih', 'düzenlemetarihi', 'belgetarihi', 'issuedate', 'invoicedate', 'date'],
  dueDate: ['vadetarihi', 'vade', 'sonödemetarihi', 'duedate', 'due'],
  total: ['tutar', 'toplam', 'geneltoplam', 'faturatutarı', 'ödenecektutar', 'amount', 'total', 'invoicetotal'],
  amount: ['tutar', 'tahsilattutarı', 'ödemetutarı', 'amount', 'paymentamount', 'total'],
  currency: ['döviz', 'doviz', 'dövizcinsi', 'parabirimi', 'pb', 'currency'],
  ettn: ['ettn', 'uuid'],
  date: ['tarih', 'tahsilattarihi', 'ödemetarihi', 'date', 'paymentdate'],
  method: ['ödemeşekli', 'tahsilatşekli', 'yöntem', 'method', 'paymentmethod', 'tür'],
  reference: ['referans', 'dekontno', 'belgeno', 'reference', 'ref'],
  note: ['not', 'açıklama', 'aciklama', 'note', 'notes', 'description'],
};
