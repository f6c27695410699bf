/**
 * When an article was published, written out in Arabic and English (weekday, date and time, in
 * Damascus time). Made at build time, in the page's load: the reader then shows it without the
 * browser's Intl, whose first use would start ICU while the page hydrates.
 *
 * @example publishedText('2022-12-03T11:14:00+03:00').en // 'Saturday, 3 December 2022 at 11:14'
 */
import { INTL_LOCALE } from '$lib/i18n';

export function publishedText(iso: string): { ar: string; en: string } {
	const when = new Date(iso);
	if (Number.isNaN(when.getTime())) throw new Error(`Not a date: "${iso}"`);
	const format = (locale: string) =>
		new Intl.DateTimeFormat(locale, {
			dateStyle: 'full',
			timeStyle: 'short',
			timeZone: 'Asia/Damascus'
		}).format(when);
	return { ar: format(INTL_LOCALE.ar), en: format(INTL_LOCALE.en) };
}
