/**
 * Digits and spelling variants, normalised so that date words can be matched by one pattern each.
 *
 * `normaliseDigits` keeps every offset (each Arabic-Indic digit is one UTF-16 unit, like its Latin
 * twin). `foldForDates` also drops diacritics, tatweel and direction marks and unifies alef, yaa
 * and taa marbuta, so it keeps a map from each folded character back to the original text: every
 * offset the resolver reports is an offset into the original string.
 *
 * @example normaliseDigits('الـ ٢٣') // 'الـ 23'
 */
const ARABIC_INDIC_ZERO = 0x0660; // ٠ … ٩
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0; // ۰ … ۹ (Persian and Urdu forms)

function latinDigit(ch: string): string {
	const c = ch.charCodeAt(0);
	if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) return String(c - ARABIC_INDIC_ZERO);
	if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_ZERO + 9)
		return String(c - EXTENDED_ARABIC_INDIC_ZERO);
	return ch;
}

/** Arabic-Indic and extended Arabic-Indic digits → Latin digits; same length, same offsets. */
export function normaliseDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, latinDigit);
}

/** Harakat, tanween, shadda, sukun, dagger alef: dropped when folding, kept inside spans. */
export const DIACRITIC = /[\u064b-\u065f\u0670]/;
/** Tatweel (الـ) and the direction marks that copy-pasted news text carries. */
const DROPPED = /[\u0640\u200e\u200f\u061c]/;
const LETTER_FOLD: Record<string, string> = {
	أ: 'ا',
	إ: 'ا',
	آ: 'ا',
	ٱ: 'ا',
	ى: 'ي',
	ی: 'ي',
	ة: 'ه'
};

export interface Folded {
	/** The folded text that patterns run on. */
	text: string;
	/** `offsets[i]` is the original offset of folded character `i`; one extra entry at the end. */
	offsets: number[];
}

/**
 * The text folded for matching date words, with the way back to original offsets.
 *
 * @example foldForDates('غداً الأحد').text // 'غدا الاحد'
 */
export function foldForDates(original: string): Folded {
	let text = '';
	const offsets: number[] = [];
	for (let i = 0; i < original.length; i++) {
		const ch = original[i];
		if (DIACRITIC.test(ch) || DROPPED.test(ch)) continue;
		text += LETTER_FOLD[ch] ?? latinDigit(ch);
		offsets.push(i);
	}
	offsets.push(original.length);
	return { text, offsets };
}

/**
 * The original span of the folded span `[start, end)`: from its first character to just after its
 * last one, taking in the diacritics written on that last letter (غداً, not غدا).
 */
export function originalSpan(
	original: string,
	folded: Folded,
	start: number,
	end: number
): { start: number; end: number } {
	let e = folded.offsets[end - 1] + 1;
	while (e < original.length && DIACRITIC.test(original[e])) e++;
	return { start: folded.offsets[start], end: e };
}
