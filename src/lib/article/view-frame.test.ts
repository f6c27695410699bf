import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/lib-files';
import type { Place } from '../data/dataset';
import { buildDataset } from '../data/dataset';
import type { Annotation } from '../data/schema';
import { reviewedAnnotationCollection } from '../geoparse/reviewed-annotations';
import { pastedArticle, pastedView } from './paste-article';
import { viewFrame } from './view-frame';
import { articleView } from './view-model';

const SEED = 'us-pauses-isis-operations-2022-12-03';

describe('the frame of a story in north-east Syria', () => {
	const data = buildDataset(readDataFiles());
	const { article, annotations, layers } = data.articles.get(SEED)!;
	const view = articleView(article, annotations, data.places, {
		spatial: layers.spatial,
		context: layers.context
	});

	it('leaves out the places far away, as the fixed story region did', () => {
		expect(
			view.places
				.filter((p) => p.elsewhere)
				.map((p) => p.id)
				.sort()
		).toEqual(['centcom-hq', 'istanbul', 'washington', 'white-house']);
	});

	it('is the frame of before (the region’s places and towns), grown only to the areas’ extents', () => {
		// Before: the box of the anchors inside lon 34.5..43.5, lat 32..38.5.
		const anchors = [
			...view.places.filter((p) => p.anchor && !p.elsewhere).map((p) => p.anchor!),
			...view.orientation.map((o) => o.anchor)
		];
		const before = [
			Math.min(...anchors.map((a) => a[0])),
			Math.min(...anchors.map((a) => a[1])),
			Math.max(...anchors.map((a) => a[0])),
			Math.max(...anchors.map((a) => a[1]))
		];
		const { frame } = viewFrame(view);
		expect(frame![0]).toBeCloseTo(before[0], 5);
		expect(frame![1]).toBeCloseTo(before[1], 5);
		// North-east Syria and the zone reach the Tigris and the border: a little east and north.
		expect(frame![2] - before[2]).toBeGreaterThanOrEqual(0);
		expect(frame![2] - before[2]).toBeLessThan(0.3);
		expect(frame![3] - before[3]).toBeGreaterThanOrEqual(0);
		expect(frame![3] - before[3]).toBeLessThan(0.2);
	});
});

const place = (
	id: string,
	ar: string,
	coordinates: [number, number],
	bbox?: [number, number, number, number]
): Place => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates },
	...(bbox ? { bbox } : {}),
	properties: {
		name: { ar, en: id },
		variants: { ar: [], en: [] },
		kind: bbox ? 'country' : 'city',
		country: null,
		precision_m: 1000,
		sources: ['https://example.org/']
	}
});

function pasted(text: string, names: [string, Place][]) {
	const { article, text: plain } = pastedArticle(text);
	const mentions = names
		.map(([quote, p]) => ({
			start: plain.indexOf(quote),
			end: plain.indexOf(quote) + quote.length,
			place: p.id,
			relation: 'named' as const
		}))
		.sort((a, b) => a.start - b.start);
	const annotations = reviewedAnnotationCollection(plain, mentions, { source: 't', label: 'x' })
		.first.items as Annotation[];
	return pastedView(article, annotations, new Map(names.map(([, p]) => [p.id, p])));
}

describe('the frame of a pasted story anywhere in the world', () => {
	it('shows all of a story about Sudan, Gaza, Ukraine and Yemen, countries by their extent', () => {
		const names: [string, Place][] = [
			['الفاشر', place('el-fasher', 'الفاشر', [25.35, 13.63])],
			['السودان', place('sudan', 'السودان', [30, 15.5], [21.8, 8.7, 38.6, 22.2])],
			['الخرطوم', place('khartoum', 'الخرطوم', [32.53, 15.59])],
			['غزة', place('gaza', 'غزة', [34.45, 31.5])],
			['خاركيف', place('kharkiv', 'خاركيف', [36.23, 49.99])],
			['أوديسا', place('odesa', 'أوديسا', [30.73, 46.48])],
			['اليمن', place('yemen', 'اليمن', [47.5, 15.5], [42.5, 12.1, 53.1, 19.0])],
			['الحديدة', place('hodeidah', 'الحديدة', [42.95, 14.8])]
		];
		const view = pasted(
			'في الفاشر والسودان والخرطوم.\nوفي غزة.\nوفي خاركيف وأوديسا.\nوفي اليمن والحديدة.',
			names
		);
		expect(view.places.filter((p) => p.elsewhere)).toEqual([]);
		expect(view.places.find((p) => p.id === 'sudan')!.bbox).toEqual([21.8, 8.7, 38.6, 22.2]);
		expect(viewFrame(view).frame).toEqual([21.8, 8.7, 53.1, 49.99]);
	});

	it('marks a far place elsewhere across paragraphs, not within each one', () => {
		const names: [string, Place][] = [
			['القامشلي', place('qamishli', 'القامشلي', [41.22, 37.05])],
			['الحسكة', place('hasakah', 'الحسكة', [40.75, 36.5])],
			['الرقة', place('raqqa', 'الرقة', [39.02, 35.95])],
			['واشنطن', place('washington', 'واشنطن', [-77.04, 38.9])]
		];
		const view = pasted('القامشلي والحسكة.\nالرقة.\nواشنطن.', names);
		expect(view.places.filter((p) => p.elsewhere).map((p) => p.id)).toEqual(['washington']);
	});
});
