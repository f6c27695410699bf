import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area, difference, featureCollection, length } from '@turf/turf';
import * as v from 'valibot';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { PlaceFeatureSchema } from '../src/lib/data/schema';
import { withinTolerance } from '../src/lib/geo/within-tolerance';
import { ROOT } from './lib-files';
import { ZONE_TOLERANCE_KM, computeSpatial, readPlaces, renderSpatial } from './build-spatial';

const places = readPlaces();
const spatial = computeSpatial(places);
const byId = new Map(spatial.derived.features.map((f) => [f.id, f]));

describe('build-spatial', () => {
	it('has written its current outputs (run `npx tsx scripts/build-spatial.ts` if not)', () => {
		for (const [path, text] of renderSpatial(spatial)) {
			expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(text);
		}
	});

	it('writes derived places that fit the gazetteer schema', () => {
		for (const f of spatial.derived.features) {
			const result = v.safeParse(PlaceFeatureSchema, f);
			expect(
				result.issues?.map((i) => i.message),
				String(f.id)
			).toBeUndefined();
		}
	});

	it('measures the whole border as 774.9 km: Natural Earth is shorter than the official 899–911 km', () => {
		const whole = byId.get('turkey-syria-border')!.properties.length_km!;
		expect(Math.abs(whole - 774.9)).toBeLessThanOrEqual(2);
		expect(whole).toBeLessThan(911);
	});

	it('measures the border east of the Euphrates as FACTS.md’s 436.6 km ± 3', () => {
		const east = byId.get('turkey-syria-border-east')!;
		expect(Math.abs(east.properties.length_km! - 436.6)).toBeLessThanOrEqual(3);
		expect(length(east, { units: 'kilometers' })).toBeCloseTo(east.properties.length_km!, 1);
	});

	it('keeps the zone inside Syria, with the eastern part smaller than the whole', () => {
		const zone = byId.get('turkey-syria-border-zone') as Feature<
			Polygon | MultiPolygon,
			{ area_km2: number }
		>;
		const outside = difference(featureCollection([zone, spatial.syria]));
		expect(outside ? area(outside) / 1e6 : 0).toBeLessThan(1);
		const east = byId.get('turkey-syria-border-zone-east')!.properties.area_km2!;
		expect(east).toBeGreaterThan(0);
		expect(east).toBeLessThan(zone.properties.area_km2);
	});

	it('puts the border towns in the zone and al-Hol and al-Sina’a outside it', () => {
		const inside = ['qamishli', 'amuda', 'ras-al-ayn', 'al-malikiyah', 'kobani', 'tal-abyad'];
		for (const id of inside) expect(spatial.facts[id].in_zone, id).toBe(true);
		for (const id of ['al-hol-camp', 'al-sinaa-prison']) {
			expect(spatial.facts[id].in_zone, id).toBe(false);
		}
		expect(spatial.facts['al-hol-camp'].border_distance_km).toBeCloseTo(76.8, 1);
	});

	it('gives every located Syrian place the Syrian side, within the tolerance of Syria', () => {
		for (const place of places) {
			if (place.geometry?.type !== 'Point' || place.properties.country !== 'SY') continue;
			const point = place.geometry.coordinates;
			const ok = withinTolerance(point, spatial.syria, { toleranceKm: ZONE_TOLERANCE_KM });
			expect(ok, place.id).toBe(true);
			expect(spatial.facts[place.id].border_side, place.id).toBe('south');
		}
	});

	it('measures from al-Hasakah', () => {
		expect(spatial.facts['al-hasakah'].from_centre).toBeNull();
		expect(spatial.facts['washington'].from_centre).toMatchObject({ compass_en: 'W' });
	});
});
