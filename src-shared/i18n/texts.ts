/** The English (or any further) texts of a domain: exactly the keys of its Turkish file. */
export type Texts<T> = { readonly [K in keyof T]: string };
