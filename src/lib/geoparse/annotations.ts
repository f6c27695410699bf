/**
 * W3C Web Annotations for geoparser mentions: one per mention, with a TextPositionSelector (UTF-16
 * offsets into the original text) and a TextQuoteSelector, and the place as an identifying body.
 * The shape is the one geodata/articles/<slug>/annotations.json uses (src/lib/data/schema.ts).
 */
import { quoteAt, type TextQuote } from '../article/quote';
import type { Mention } from './geoparse';

/** What a mention must say to become an annotation: where it is and which place. */
type Located = Pick<Mention, 'start' | 'end' | 'place'>;

export interface GeoparseAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'identifying';
	relation: 'named';
	body: { type: 'SpecificResource'; purpose: 'identifying'; source: string };
	target: {
		source: string;
		selector: [
			{ type: 'TextPositionSelector'; start: number; end: number },
			{ type: 'TextQuoteSelector' } & TextQuote
		];
	};
}

export interface GeoparseAnnotationCollection {
	'@context': 'http://www.w3.org/ns/anno.jsonld';
	type: 'AnnotationCollection';
	label?: string;
	total: number;
	first: { type: 'AnnotationPage'; items: GeoparseAnnotation[] };
}

export interface AnnotationOptions {
	/** The annotated resource (`target.source`); default "text". */
	source?: string;
	label?: string;
}

/**
 * One annotation per mention, ids `#m-01`, `#m-02`… in text order.
 *
 * @example toAnnotations('في سوريا', [{ start: 3, end: 8, place: 'syria' }])[0].body.source // 'syria'
 */
export function toAnnotations(
	text: string,
	mentions: readonly Located[],
	{ source = 'text' }: AnnotationOptions = {}
): GeoparseAnnotation[] {
	const width = Math.max(2, String(mentions.length).length);
	return mentions.map((m, i) => ({
		id: `#m-${String(i + 1).padStart(width, '0')}`,
		type: 'Annotation',
		motivation: 'identifying',
		relation: 'named',
		body: { type: 'SpecificResource', purpose: 'identifying', source: m.place },
		target: {
			source,
			selector: [
				{ type: 'TextPositionSelector', start: m.start, end: m.end },
				{ type: 'TextQuoteSelector', ...quoteAt(text, m.start, m.end) }
			]
		}
	}));
}

/** The AnnotationCollection of a text's mentions (empty text: an empty collection). */
export function toAnnotationCollection(
	text: string,
	mentions: readonly Located[],
	options: AnnotationOptions = {}
): GeoparseAnnotationCollection {
	const items = toAnnotations(text, mentions, options);
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		type: 'AnnotationCollection',
		...(options.label ? { label: options.label } : {}),
		total: items.length,
		first: { type: 'AnnotationPage', items }
	};
}
