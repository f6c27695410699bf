import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnnotationCollectionSchema, AnnotationSchema } from '../data/schema';
import { toAnnotationCollection } from './annotations';

describe('toAnnotationCollection', () => {
	const text = 'وصلوا إلى القامشلي ثم إلى سوريا';
	const mentions = [
		{ start: 10, end: 18, place: 'qamishli' },
		{ start: 26, end: 31, place: 'syria' }
	];
	it('gives W3C annotations that the data schema accepts', () => {
		const c = toAnnotationCollection(text, mentions, { source: 'article.json', label: 'x' });
		expect(v.safeParse(AnnotationCollectionSchema, c).success).toBe(true);
		for (const a of c.first.items) expect(v.safeParse(AnnotationSchema, a).success).toBe(true);
		expect(c.total).toBe(2);
		const [pos, quote] = c.first.items[0].target.selector;
		expect([pos.start, pos.end, quote.exact]).toEqual([10, 18, 'القامشلي']);
		expect(c.first.items[1].body).toEqual({
			type: 'SpecificResource',
			purpose: 'identifying',
			source: 'syria'
		});
	});
	it('gives an empty collection for no mentions', () => {
		expect(toAnnotationCollection('', [])).toEqual({
			'@context': 'http://www.w3.org/ns/anno.jsonld',
			type: 'AnnotationCollection',
			total: 0,
			first: { type: 'AnnotationPage', items: [] }
		});
	});
});
