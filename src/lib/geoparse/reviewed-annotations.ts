/**
 * The W3C AnnotationCollection of reviewed mentions (named or inferred), in the shape of
 * geodata/articles/<slug>/annotations.json (src/lib/data/schema.ts): an inferred place is `linking`
 * and carries its reason and sources, a named one is `identifying`. Used by
 * scripts/build-annotations.ts and by the page that maps a pasted text (its download).
 */
import { quoteAt } from '../article/quote';
import type { ReviewedMention } from './corrections';

export interface ReviewedAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'identifying' | 'linking';
	relation: 'named' | 'inferred';
	reason?: { ar: string; en: string };
	sources?: string[];
	body: { type: 'SpecificResource'; purpose: 'identifying' | 'linking'; source: string };
	target: {
		source: string;
		selector: [
			{ type: 'TextPositionSelector'; start: number; end: number },
			{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
		];
	};
}

export interface ReviewedAnnotationCollection {
	'@context': 'http://www.w3.org/ns/anno.jsonld';
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { type: 'AnnotationPage'; items: ReviewedAnnotation[] };
}

/**
 * One annotation per mention, ids `#m-01`, `#m-02`… in the order given (text order).
 *
 * @example
 * reviewedAnnotationCollection('في سوريا', [{ start: 3, end: 8, place: 'syria', relation: 'named' }],
 *   { source: 'text', label: 'x' }).first.items[0].body.source // 'syria'
 */
export function reviewedAnnotationCollection(
	text: string,
	mentions: readonly ReviewedMention[],
	{ source, label, prefix = 'm' }: { source: string; label: string; prefix?: 'm' | 't' }
): ReviewedAnnotationCollection {
	const width = Math.max(2, String(mentions.length).length);
	const items = mentions.map((m, i): ReviewedAnnotation => {
		const inferred = m.relation === 'inferred';
		const purpose = inferred ? 'linking' : 'identifying';
		return {
			id: `#${prefix}-${String(i + 1).padStart(width, '0')}`,
			type: 'Annotation',
			motivation: purpose,
			relation: m.relation,
			// English first, as annotations.json has always been written.
			...(inferred && m.reason ? { reason: { en: m.reason.en, ar: m.reason.ar } } : {}),
			...(inferred ? { sources: m.sources ?? [] } : {}),
			body: { type: 'SpecificResource', purpose, source: m.place },
			target: {
				source,
				selector: [
					{ type: 'TextPositionSelector', start: m.start, end: m.end },
					{ type: 'TextQuoteSelector', ...quoteAt(text, m.start, m.end) }
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
