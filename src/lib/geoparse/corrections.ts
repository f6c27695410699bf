/**
 * A reviewed file of corrections to the geoparser's mentions (geodata/articles/<slug>/corrections.json):
 * `add` links what the matcher cannot find (an inferred place: "the prisons that hold the
 * organisation's fighters" → al-Sina'a prison), `remove` drops what it gets wrong. Every entry says
 * why. A correction that no longer fits the text (a quote that is gone, an occurrence that does not
 * exist, a removal that matches nothing, an addition that overlaps a mention) is an error, so the
 * file cannot silently drift from the article.
 */
import * as v from 'valibot';
import type { Alternative, Evidence, Mention } from './geoparse';

/** What corrections read of a mention: where it is and which place. */
type Located = Pick<Mention, 'start' | 'end' | 'place'>;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
const bilingual = v.object({ ar: nonEmpty, en: nonEmpty });

const AddSchema = v.pipe(
	v.object({
		quote: nonEmpty,
		/** Which occurrence of the quote (1-based, in text order, at word boundaries), or all of them. */
		occurrence: v.union(
			[v.literal('all'), v.pipe(v.number(), v.integer(), v.minValue(1))],
			'expected "all" or an occurrence number (1 is the first)'
		),
		place: nonEmpty,
		relation: v.picklist(['named', 'inferred'], 'expected "named" or "inferred"'),
		reason: bilingual,
		sources: v.optional(v.array(v.pipe(v.string(), v.url('expected a URL (https://…)'))))
	}),
	v.check(
		(a) => a.relation !== 'inferred' || (a.sources?.length ?? 0) > 0,
		'an inferred place needs its sources'
	)
);

const RemoveSchema = v.object({
	quote: nonEmpty,
	/** The start offset of the one mention to drop; without it, every mention of the quote. */
	start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
	reason: nonEmpty
});

export const CorrectionsSchema = v.object({
	about: v.optional(v.string()),
	add: v.array(AddSchema),
	remove: v.array(RemoveSchema)
});
export type Corrections = v.InferOutput<typeof CorrectionsSchema>;
export type AddCorrection = Corrections['add'][number];

/** A mention after review: the geoparser's (named) or one the corrections add. */
export interface ReviewedMention {
	start: number;
	end: number;
	place: string;
	relation: 'named' | 'inferred';
	/** Only for an inferred place: why we link it, and the sources that say so. */
	reason?: { ar: string; en: string };
	sources?: string[];
	/** The geoparser's confidence, evidence and set-aside candidates (absent once reviewed). */
	confidence?: number;
	evidence?: Evidence[];
	alternatives?: Alternative[];
}

export class CorrectionError extends Error {}

/** Validate corrections.json; the error names the file and the field of every problem. */
export function parseCorrections(json: unknown, file: string): Corrections {
	const parsed = v.safeParse(CorrectionsSchema, json);
	if (parsed.success) return parsed.output;
	throw new CorrectionError(
		parsed.issues.map((i) => `${file}: ${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('\n')
	);
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const CLITIC = /[وفبلك]/;

function isBoundaryBefore(text: string, start: number): boolean {
	if (start === 0 || !LETTER.test(text[start - 1])) return true;
	// One or two attached clitics (و، ف، ب، ل، ك: "وبـ", "فلـ") directly before the quote.
	let i = start - 1;
	for (let n = 0; n < 2 && i >= 0 && CLITIC.test(text[i]); n++, i--) {
		if (i === 0 || !LETTER.test(text[i - 1])) return true;
	}
	return false;
}

/**
 * Every occurrence of `quote` in `text` at word boundaries (an attached clitic may precede it and
 * is left out of the span).
 *
 * @example occurrences('والحسكة الحسكتين', 'الحسكة') // [{ start: 1, end: 7 }]
 */
export function occurrences(text: string, quote: string): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
		const end = at + quote.length;
		if (isBoundaryBefore(text, at) && (end === text.length || !LETTER.test(text[end])))
			spans.push({ start: at, end });
	}
	return spans;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/**
 * The geoparser's mentions, corrected: removals first, then additions, in text order.
 *
 * @throws CorrectionError naming the entry that does not fit the text.
 * @example
 * applyCorrections('قرب المنطقة الحدودية', [], { add: [{ quote: 'المنطقة الحدودية',
 *   occurrence: 'all', place: 'border-zone', relation: 'inferred', reason, sources }], remove: [] })
 * // [{ start: 4, end: 20, place: 'border-zone', relation: 'inferred', reason, sources }]
 */
export function applyCorrections(
	text: string,
	mentions: readonly Located[],
	corrections: Pick<Corrections, 'add' | 'remove'>
): ReviewedMention[] {
	let kept = [...mentions];
	corrections.remove.forEach((r, i) => {
		const what = `remove #${i} "${r.quote}"${r.start === undefined ? '' : ` at ${r.start}`}`;
		const hit = (m: Located) =>
			text.slice(m.start, m.end) === r.quote && (r.start === undefined || m.start === r.start);
		if (!kept.some(hit))
			throw new CorrectionError(`${what}: the geoparser reports no such mention`);
		kept = kept.filter((m) => !hit(m));
	});
	const out: ReviewedMention[] = kept.map((m) => ({
		start: m.start,
		end: m.end,
		place: m.place,
		relation: 'named'
	}));
	corrections.add.forEach((a, i) => {
		const what = `add #${i} "${a.quote}"`;
		const all = occurrences(text, a.quote);
		if (!all.length) throw new CorrectionError(`${what}: the quote is not in the text`);
		if (a.occurrence !== 'all' && a.occurrence > all.length)
			throw new CorrectionError(
				`${what}: occurrence ${a.occurrence} asked, the text has ${all.length}`
			);
		const spans = a.occurrence === 'all' ? all : [all[a.occurrence - 1]];
		for (const s of spans) {
			const clash = out.find((m) => overlaps(m, s));
			if (clash)
				throw new CorrectionError(
					`${what} at ${s.start}: overlaps the mention "${text.slice(clash.start, clash.end)}" at ${clash.start} (remove it first, or pick another occurrence)`
				);
			out.push({
				...s,
				place: a.place,
				relation: a.relation,
				...(a.relation === 'inferred' ? { reason: a.reason, sources: a.sources } : {})
			});
		}
	});
	return out.sort((x, y) => x.start - y.start);
}
