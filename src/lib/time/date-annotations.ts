/**
 * Resolved date expressions as W3C Web Annotations: each tags a span of the text with its ISO
 * date or interval, the way place mentions identify a span with a place.
 *
 * @example
 * const text = 'والخميس، أعلنت قسد';
 * toDateAnnotations(text, resolveDates(text, '2022-12-03T11:14:00+03:00')).first.items[0].body
 * // { type: 'TextualBody', purpose: 'tagging', value: '2022-12-01' }
 */
import { quoteAt, type TextQuote } from '../article/quote';
import type { ResolvedDate } from './resolve-dates';

export interface DateAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'tagging';
	body: { type: 'TextualBody'; purpose: 'tagging'; value: string };
	target: {
		source: string;
		selector: [
			{ type: 'TextPositionSelector'; start: number; end: number },
			{ type: 'TextQuoteSelector' } & TextQuote
		];
	};
}

export interface DateAnnotationOptions {
	/** The annotated document, as place annotations name it. */
	source?: string;
	label?: string;
}

/** An AnnotationCollection of the resolved dates of `text`, ids "#d-01", "#d-02" … */
export function toDateAnnotations(
	text: string,
	dates: readonly ResolvedDate[],
	{ source = 'article.json', label = 'Dates' }: DateAnnotationOptions = {}
) {
	const width = Math.max(2, String(dates.length).length);
	const items: DateAnnotation[] = dates.map((d, i) => ({
		id: `#d-${String(i + 1).padStart(width, '0')}`,
		type: 'Annotation',
		motivation: 'tagging',
		body: { type: 'TextualBody', purpose: 'tagging', value: d.value },
		target: {
			source,
			selector: [
				{ type: 'TextPositionSelector', start: d.start, end: d.end },
				{ type: 'TextQuoteSelector', ...quoteAt(text, d.start, d.end) }
			]
		}
	}));
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		type: 'AnnotationCollection' as const,
		label,
		total: items.length,
		first: { type: 'AnnotationPage' as const, items }
	};
}
