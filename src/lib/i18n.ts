/**
 * The interface language, from the URL (Arabic at /…, English at /en/…), and helpers to pick the
 * right half of the data's bilingual {ar, en} values. Messages live in messages/{ar,en}.json and
 * are compiled by Paraglide JS into src/lib/paraglide (generated, not committed).
 */
import { deLocalizeHref, getLocale, localizeHref } from './paraglide/runtime';

export type Lang = 'ar' | 'en';

export const lang = (): Lang => getLocale() as Lang;
export const dirOf = (l: string): 'rtl' | 'ltr' => (l === 'ar' ? 'rtl' : 'ltr');
export const otherLang = (l: Lang = lang()): Lang => (l === 'ar' ? 'en' : 'ar');

/** The value in the interface language. */
export const pick = <T>(v: { ar: T; en: T }, l: Lang = lang()): T => v[l];

/** The value in the other language, shown second (a place's other name). */
export const other = <T>(v: { ar: T; en: T }, l: Lang = lang()): T => v[otherLang(l)];

/** Intl locales: Levantine month names in Arabic, Latin digits as Syria TV writes them. */
export const INTL_LOCALE: Record<Lang, string> = { ar: 'ar-SY-u-nu-latn', en: 'en-GB' };

/** A site path in the interface language ("/articles/x" → "/en/articles/x" in English). */
export const href = (path: string, l: Lang = lang()): string =>
	localizeHref(deLocalizeHref(path), { locale: l });
