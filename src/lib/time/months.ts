/**
 * Month names in the two systems Arabic news uses: the Levantine (Syriac) names of Syria, Lebanon,
 * Jordan and Iraq, and the Egyptian/Gulf names borrowed from the Latin ones. Syrian outlets often
 * write both ("كانون الأول/ديسمبر"). Names are given as written; matching runs on the folded text
 * (see `foldForDates`), so أ/إ/آ and ة/ه variants are covered by the fold, not listed here.
 *
 * @example monthOf('كانون الأول') // 12
 */
import { foldForDates } from './normalise-digits';

export const LEVANTINE_MONTHS = [
	'كانون الثاني',
	'شباط',
	'آذار',
	'نيسان',
	'أيار',
	'حزيران',
	'تموز',
	'آب',
	'أيلول',
	'تشرين الأول',
	'تشرين الثاني',
	'كانون الأول'
] as const;

/** Egyptian/Gulf names; where two spellings are common both are listed. */
export const GULF_MONTHS: readonly (readonly string[])[] = [
	['يناير'],
	['فبراير'],
	['مارس'],
	['أبريل', 'إبريل'],
	['مايو'],
	['يونيو', 'يونيه'],
	['يوليو', 'يوليه'],
	['أغسطس'],
	['سبتمبر'],
	['أكتوبر'],
	['نوفمبر'],
	['ديسمبر']
];

const fold = (name: string) => foldForDates(name).text;

/** Folded spelling → month number (1–12). Compound Levantine names also without ال (تشرين أول). */
const BY_NAME = new Map<string, number>();
for (let m = 1; m <= 12; m++) {
	const names = [LEVANTINE_MONTHS[m - 1], ...GULF_MONTHS[m - 1]].map(fold);
	for (const name of names) {
		BY_NAME.set(name, m);
		const [first, second] = name.split(' ');
		if (second) BY_NAME.set(`${first} ${second.replace(/^ال/, '')}`, m);
	}
}

/** The month number of a (folded or unfolded) month name, spaces collapsed; else undefined. */
export function monthOf(name: string): number | undefined {
	return BY_NAME.get(fold(name).trim().replace(/\s+/g, ' '));
}

/** A regex source (no capture groups) matching any folded month name, longest names first. */
export const MONTH_PATTERN = [...BY_NAME.keys()]
	.sort((a, b) => b.length - a.length || a.localeCompare(b))
	.map((name) => name.replace(/ /g, '\\s+'))
	.join('|');

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
