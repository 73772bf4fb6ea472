/** Interface languages: Vietnamese first, English second. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A module's messages in both languages, keyed alike so a missing translation fails typechecking. */
export type Catalog<K extends string> = Record<Language, Record<K, string>>;

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than printing "undefined". */
function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translate<K extends string>(catalog: Catalog<K>, lang: Language, key: K, params?: Params): string {
  return format(catalog[lang][key] ?? catalog.vi[key], params);
}

/** Both languages at once, Vietnamese first, for errors shown where the language is not known. */
export function bilingual<K extends string>(catalog: Catalog<K>, key: K, params?: Params): string {
  return `${translate(catalog, 'vi', key, params)} / ${translate(catalog, 'en', key, params)}`;
}

type KeyOf<C> = C extends Catalog<infer K> ? K : never;

/**
 * One catalogue from the files of several surfaces that share a translator (the document pages,
 * the small pages). Their keys must not overlap: tests/unit/i18n checks it, since a later file
 * would silently win here.
 */
export function joinCatalogs<C extends Catalog<string>[]>(...catalogs: C): Catalog<KeyOf<C[number]>> {
  const join = (lang: Language) => Object.assign({}, ...catalogs.map((c) => c[lang])) as Record<KeyOf<C[number]>, string>;
  return { vi: join('vi'), en: join('en') };
}
