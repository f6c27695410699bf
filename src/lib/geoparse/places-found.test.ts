import { describe, expect, it } from 'vitest';
import type { Place } from '../data/dataset';
import type { Mention } from './geoparse';
import { placesFound } from './places-found';

const places = new Map<string, Place>([
	[
		'khartoum',
		{
			type: 'Feature',
			id: 'khartoum',
			geometry: { type: 'Point', coordinates: [32.5322, 15.59] },
			properties: {
				name: { ar: 'الخرطوم', en: 'Khartoum' },
				variants: { ar: [], en: [] },
				kind: 'capital',
				country: 'SD',
				precision_m: 5000,
				sources: ['https://www.geonames.org/379252']
			}
		}
	],
	[
		'red-sea',
		{
			type: 'Feature',
			id: 'red-sea',
			geometry: { type: 'Point', coordinates: [38.66, 20.3] },
			bbox: [33.83, 12.46, 43.49, 28.13],
			properties: {
				name: { ar: 'البحر الأحمر', en: 'Red Sea' },
				variants: { ar: [], en: [] },
				kind: 'sea',
				country: null,
				precision_m: 1_002_000,
				sources: ['https://www.naturalearthdata.com/']
			}
		}
	]
]);

describe('placesFound', () => {
	it('is one feature per place, located at its point, with its mentions', () => {
		const text = 'من الخرطوم إلى البحر الأحمر ثم الخرطوم';
		const at = (quote: string, from: number, place: string, confidence: number): Mention => {
			const start = text.indexOf(quote, from);
			return { start, end: start + quote.length, place, confidence, evidence: ['unique'] };
		};
		const fc = placesFound(
			text,
			[
				at('الخرطوم', 0, 'khartoum', 0.8),
				at('البحر الأحمر', 0, 'red-sea', 0.9),
				at('الخرطوم', 20, 'khartoum', 0.95)
			],
			places
		);
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.map((f) => f.id)).toEqual(['khartoum', 'red-sea']);
		const [k, sea] = fc.features;
		expect(k.geometry).toEqual({ type: 'Point', coordinates: [32.5322, 15.59] });
		expect(k.properties.confidence).toBe(0.95);
		expect(k.properties.mentions.map((m) => m.exact)).toEqual(['الخرطوم', 'الخرطوم']);
		expect(k.properties.bbox).toBeUndefined();
		expect(sea.properties.bbox).toEqual([33.83, 12.46, 43.49, 28.13]);
		expect(() => placesFound(text, [at('الخرطوم', 0, 'nowhere', 1)], places)).toThrow(/nowhere/);
	});
});
