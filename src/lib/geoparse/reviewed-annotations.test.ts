import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnnotationCollectionSchema, AnnotationSchema } from '../data/schema';
import { reviewedAnnotationCollection } from './reviewed-annotations';

describe('reviewedAnnotationCollection', () => {
	const text = 'قرب القامشلي وفي المنطقة الحدودية';
	const reason = { ar: 'سبب', en: 'a reason' };
	const mentions = [
		{ start: 4, end: 12, place: 'qamishli', relation: 'named' as const },
		{
			start: 17,
			end: 33,
			place: 'border-zone',
			relation: 'inferred' as const,
			reason,
			sources: ['https://example.org/']
		}
	];
	const c = reviewedAnnotationCollection(text, mentions, { source: 'text', label: 'x' });

	it('gives W3C annotations that the data schema accepts', () => {
		expect(v.safeParse(AnnotationCollectionSchema, c).success).toBe(true);
		for (const a of c.first.items) expect(v.safeParse(AnnotationSchema, a).success).toBe(true);
		expect(c.first.items.map((a) => [a.id, a.target.selector[1].exact])).toEqual([
			['#m-01', 'القامشلي'],
			['#m-02', 'المنطقة الحدودية']
		]);
	});

	it('marks an inferred place as linking, with its reason and sources; a named one has neither', () => {
		const [named, inferred] = c.first.items;
		expect([named.motivation, named.body.purpose, 'reason' in named]).toEqual([
			'identifying',
			'identifying',
			false
		]);
		expect(inferred).toMatchObject({ motivation: 'linking', relation: 'inferred', reason });
		expect(Object.keys(inferred)).toEqual([
			'id',
			'type',
			'motivation',
			'relation',
			'reason',
			'sources',
			'body',
			'target'
		]);
	});
});
