/**
 * Place mentions in an English translation, from a reviewed list of quotes: every occurrence of
 * each quote at word boundaries, never inside an excluded name ("Syrian Democratic Forces",
 * "Syria TV"), the longest quote winning where two overlap. The Arabic original is geoparsed; the
 * translation is ours, so its few names are listed by hand.
 */
import type { ReviewedMention } from '../geoparse/corrections';
import { reviewedAnnotationCollection } from '../geoparse/reviewed-annotations';

export interface TranslationRule {
	quote: string;
	place: string;
	relation?: 'named' | 'inferred';
}

export interface TranslationRules {
	exclude: string[];
	rules: TranslationRule[];
}

interface Span {
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]/u;

/** Every occurrence of `needle` in `text` that is not part of a longer word. */
export function wordOccurrences(text: string, needle: string): Span[] {
	const out: Span[] = [];
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
		const end = at + needle.length;
		if ((at === 0 || !WORD.test(text[at - 1])) && (end === text.length || !WORD.test(text[end])))
			out.push({ start: at, end });
	}
	return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function translationMentions(text: string, { exclude, rules }: TranslationRules) {
	const excluded = exclude.flatMap((name) => wordOccurrences(text, name));
	const found = rules
		.flatMap((rule) => wordOccurrences(text, rule.quote).map((s) => ({ ...s, rule })))
		.filter((c) => !excluded.some((x) => overlaps(x, c)))
		.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: typeof found = [];
	for (const c of found) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
	return kept.sort((a, b) => a.start - b.start);
}

/**
 * The W3C AnnotationCollection of the translation's mentions (ids #t-01…), built like the
 * original's. An inferred mention carries the reason and sources of the original's inferred
 * mention of the same place.
 */
export function translationAnnotations(
	text: string,
	rules: TranslationRules,
	original: readonly {
		relation: string;
		reason?: { ar: string; en: string };
		sources?: string[];
		body: { source: string };
	}[]
) {
	const mentions: ReviewedMention[] = translationMentions(text, rules).map((m) => {
		if (m.rule.relation !== 'inferred')
			return { start: m.start, end: m.end, place: m.rule.place, relation: 'named' };
		const source = original.find(
			(a) => a.body.source === m.rule.place && a.relation === 'inferred'
		);
		if (!source)
			throw new Error(
				`translation: "${m.rule.quote}" is inferred, but the original has no inferred mention of ${m.rule.place}`
			);
		return {
			start: m.start,
			end: m.end,
			place: m.rule.place,
			relation: 'inferred',
			reason: source.reason,
			sources: source.sources
		};
	});
	return reviewedAnnotationCollection(text, mentions, {
		source: 'translation.en.json',
		label: 'Place mentions in the English translation',
		prefix: 't'
	});
}
