/**
 * Turns a reviewed list of mention rules (a quote → a place) into W3C Web Annotations: every
 * occurrence of each quote, at word boundaries (an attached clitic و ف ب ل ك may precede it and is
 * left out of the span), never inside an excluded name (an organisation such as
 * "قوات سوريا الديمقراطية"), the longest quote winning where two overlap.
 */
import { quoteAt } from './quote';

export interface Bilingual {
	ar: string;
	en: string;
}

export interface MentionRule {
	quote: string;
	place: string;
	relation?: 'named' | 'inferred';
	reason?: Bilingual;
	sources?: string[];
}

export interface MentionRules {
	exclude: string[];
	rules: MentionRule[];
}

export interface Span {
	start: number;
	end: number;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const CLITIC = /[وفبلك]/;

function isBoundaryBefore(text: string, start: number): boolean {
	if (start === 0 || !LETTER.test(text[start - 1])) return true;
	// One or two attached clitics (و، ف، ب، ل، ك: "وبـ", "فلـ") directly before the name.
	let i = start - 1;
	for (let n = 0; n < 2 && i >= 0 && CLITIC.test(text[i]); n++, i--) {
		if (i === 0 || !LETTER.test(text[i - 1])) return true;
	}
	return false;
}

function isBoundaryAfter(text: string, end: number): boolean {
	return end === text.length || !LETTER.test(text[end]);
}

/** Every occurrence of `needle` in `text` at word boundaries. */
export function occurrences(text: string, needle: string): Span[] {
	const spans: Span[] = [];
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
		const end = at + needle.length;
		if (isBoundaryBefore(text, at) && isBoundaryAfter(text, end)) spans.push({ start: at, end });
	}
	return spans;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export interface CuratedMention extends Span {
	rule: MentionRule;
}

/** Apply the rules to the text: mentions in text order. */
export function curatedMentions(text: string, { exclude, rules }: MentionRules): CuratedMention[] {
	const excluded = exclude.flatMap((name) => occurrences(text, name));
	const candidates = rules
		.flatMap((rule) => occurrences(text, rule.quote).map((s) => ({ ...s, rule })))
		.filter((c) => !excluded.some((x) => overlaps(x, c)))
		.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: CuratedMention[] = [];
	for (const c of candidates) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
	return kept.sort((a, b) => a.start - b.start);
}

/** The W3C AnnotationCollection for the mentions of one article. */
export function toAnnotationCollection(text: string, mentions: CuratedMention[], label: string) {
	const width = Math.max(2, String(mentions.length).length);
	const items = mentions.map((m, i) => {
		const inferred = m.rule.relation === 'inferred';
		const purpose = inferred ? 'linking' : 'identifying';
		return {
			id: `#m-${String(i + 1).padStart(width, '0')}`,
			type: 'Annotation',
			motivation: purpose,
			relation: inferred ? 'inferred' : 'named',
			...(inferred ? { reason: m.rule.reason, sources: m.rule.sources } : {}),
			body: { type: 'SpecificResource', purpose, source: m.rule.place },
			target: {
				source: 'article.json',
				selector: [
					{ type: 'TextPositionSelector', start: m.start, end: m.end },
					{ type: 'TextQuoteSelector', ...quoteAt(text, m.start, m.end) }
				] as [
					{ type: 'TextPositionSelector'; start: number; end: number },
					{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
				]
			}
		};
	});
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		type: 'AnnotationCollection',
		label,
		total: items.length,
		first: { type: 'AnnotationPage', items }
	};
}
