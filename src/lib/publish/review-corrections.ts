/**
 * A review on the paste page as corrections.json entries: what the reviewer removed from the
 * geoparser's mentions (by quote and start) and what they linked (by quote and occurrence), each
 * with its reason. Applying them to the geoparser's mentions of the same text gives the reviewed
 * mentions again (applyCorrections), which is what `npm run add-article` does with a bundle.
 */
import { occurrences, type Corrections, type ReviewedMention } from '../geoparse/corrections';
import type { Mention } from '../geoparse/geoparse';

type Located = Pick<Mention, 'start' | 'end' | 'place'>;

export const REMOVED_REASON = 'Removed in review on the paste page (/map-your-article).';
export const LINKED_REASON = {
	ar: 'ربطه المراجِع في صفحة «خريطة نصك»: لم يجده المحلل.',
	en: 'Linked in review on the paste page (/map-your-article): the geoparser missed it.'
};

export class ReviewError extends Error {
	constructor(
		message: string,
		/** The words that cannot be kept as a correction. */
		readonly quote: string
	) {
		super(message);
	}
}

const key = (m: Located) => `${m.start}:${m.end}:${m.place}`;

/**
 * @throws ReviewError for a linked span that is not a whole word (it cannot be found again).
 * @example reviewCorrections('قرب حلب', [], [{ start: 4, end: 7, place: 'aleppo', relation: 'named' }]).add[0]
 * // { quote: 'حلب', occurrence: 1, place: 'aleppo', relation: 'named', reason: LINKED_REASON }
 */
export function reviewCorrections(
	text: string,
	geoparsed: readonly Located[],
	reviewed: readonly ReviewedMention[]
): Pick<Corrections, 'add' | 'remove'> {
	const kept = new Set(reviewed.map(key));
	const found = new Set(geoparsed.map(key));
	const remove = geoparsed
		.filter((m) => !kept.has(key(m)))
		.map((m) => ({ quote: text.slice(m.start, m.end), start: m.start, reason: REMOVED_REASON }));
	const add = reviewed
		.filter((m) => !found.has(key(m)))
		.map((m) => {
			const quote = text.slice(m.start, m.end);
			const n = occurrences(text, quote).findIndex((o) => o.start === m.start && o.end === m.end);
			if (n === -1)
				throw new ReviewError(
					`«${quote}» at ${m.start} is part of a word: select the whole name to link it`,
					quote
				);
			return {
				quote,
				occurrence: n + 1,
				place: m.place,
				relation: m.relation,
				reason: m.reason ?? LINKED_REASON,
				...(m.sources?.length ? { sources: m.sources } : {})
			};
		});
	return { add, remove };
}

/**
 * Corrections counted in a bundle's text, moved into the article's text, where that text starts
 * at `shift` (a title block put before it): removals move by `shift`, and an addition's occurrence
 * is counted again, since the title may hold the same words.
 *
 * @example shiftCorrections('حلب', 'ع\n\nحلب', 3, { add: [{ quote: 'حلب', occurrence: 1, … }], remove: [] })
 */
export function shiftCorrections(
	bodyText: string,
	articleText: string,
	shift: number,
	corrections: Pick<Corrections, 'add' | 'remove'>
): Pick<Corrections, 'add' | 'remove'> {
	if (shift === 0) return corrections;
	return {
		remove: corrections.remove.map((r) =>
			r.start === undefined ? r : { ...r, start: r.start + shift }
		),
		add: corrections.add.map((a) => {
			if (a.occurrence === 'all') return a;
			const at = occurrences(bodyText, a.quote)[a.occurrence - 1];
			if (!at) return a; // applyCorrections names it: the occurrence does not exist
			const n = occurrences(articleText, a.quote).findIndex((o) => o.start === at.start + shift);
			return { ...a, occurrence: n + 1 };
		})
	};
}
