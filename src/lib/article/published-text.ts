/**
 * When an article was published, written out in Arabic and English (weekday, date and time), in
 * the article's own offset: the time the outlet wrote (11:14 in Damascus, 18:00 in Beirut),
 * whatever the time zone of the machine that builds. Made at build time, in the page's load: the
 * reader then shows it without the browser's Intl, whose first use would start ICU while the page
 * hydrates.
 *
 * @example publishedText('2022-12-03T11:14:00+03:00').en // 'Saturday, 3 December 2022 at 11:14'
 */
import { INTL_LOCALE } from '$lib/i18n';

/** The offset of an ISO date-time in minutes (+03:00 → 180; Z or none → 0). */
export function offsetMinutes(iso: string): number {
	const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso.trim());
	return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

export function publishedText(iso: string): { ar: string; en: string } {
	const when = new Date(iso);
	if (Number.isNaN(when.getTime())) throw new Error(`Not a date: "${iso}"`);
	// The wall-clock time in the article's offset, formatted as if it were UTC.
	const wall = new Date(when.getTime() + offsetMinutes(iso) * 60_000);
	const format = (locale: string) =>
		new Intl.DateTimeFormat(locale, {
			dateStyle: 'full',
			timeStyle: 'short',
			timeZone: 'UTC'
		}).format(wall);
	return { ar: format(INTL_LOCALE.ar), en: format(INTL_LOCALE.en) };
}

const DAY: Partial<Record<'ar' | 'en', Intl.DateTimeFormat>> = {};
const MONTH: Partial<Record<'ar' | 'en', Intl.DateTimeFormat>> = {};

/**
 * The day of publication as the outlet wrote it ("3 December 2022"), for lists.
 *
 * @example publishedDay('2024-11-20T23:30:00-05:00', 'en') // '20 November 2024'
 */
export function publishedDay(iso: string, lang: 'ar' | 'en'): string {
	DAY[lang] ??= new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' });
	return DAY[lang].format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** A month 'YYYY-MM' written out ("Dec 2022", "كانون الأول 2022"). */
export function monthLabel(month: string, lang: 'ar' | 'en'): string {
	MONTH[lang] ??= new Intl.DateTimeFormat(INTL_LOCALE[lang], {
		month: lang === 'en' ? 'short' : 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	return MONTH[lang].format(new Date(`${month}-01T00:00:00Z`));
}
