import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/lib-files';
import { buildDataset } from '../data/dataset';
import { placesGeoJson } from './places-geojson';

const ZONE_ID = 'turkey-syria-border-zone';
const data = buildDataset(readDataFiles());
const slug = 'us-pauses-isis-operations-2022-12-03';
const seed = data.articles.get(slug)!;
const fc = placesGeoJson(seed.annotations, { places: data.places, ...seed.layers });
const byId = (id: string) => fc.features.find((f) => f.id === id)!;

describe('places.geojson', () => {
	it('has one feature per place the article mentions, plus the zone', () => {
		const mentioned = new Set(data.articles.get(slug)!.annotations.map((a) => a.body.source));
		expect(fc.features.length).toBe(mentioned.size + 1);
		expect(byId(ZONE_ID).geometry?.type).toBe('Polygon');
	});
	it('an article that declares no layer gets neither the zone nor the border facts', () => {
		const plain = placesGeoJson(seed.annotations, {
			places: data.places,
			context: [],
			spatial: new Map()
		});
		expect(plain.features.map((f) => f.id)).not.toContain(ZONE_ID);
		const hol = plain.features.find((f) => f.id === 'al-hol-camp')!.properties!;
		expect([hol.border_distance_km, hol.in_zone]).toEqual([null, null]);
	});
	it('carries al-Hol camp field by field', () => {
		const p = byId('al-hol-camp').properties!;
		expect(p.name_ar).toBe('مخيم الهول');
		expect(p.kind).toBe('camp');
		expect(p.precision_m).toBe(1000);
		expect(p.sources[0]).toMatch(/^https:\/\//);
		expect(p.border_distance_km).toBeCloseTo(76.8, 1);
		expect(p.in_zone).toBe(false);
		expect(p.mentions).toEqual([
			expect.objectContaining({ exact: 'مخيم الهول للنازحين', relation: 'named' })
		]);
		expect(byId('al-hol-camp').geometry).toEqual({
			type: 'Point',
			coordinates: [41.14861, 36.37556]
		});
	});
	it('lists every mention of a place, not the first', () => {
		expect(byId('syria').properties!.mentions.length).toBe(5);
		expect(byId('syria').geometry).toBeNull();
	});
	it('marks inferred places', () => {
		expect(byId('al-sinaa-prison').properties!.relation).toBe('inferred');
	});
});
