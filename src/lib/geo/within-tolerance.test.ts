import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { withinTolerance } from './within-tolerance';
import { readFixture, worldAtlas10m } from './test/golden';

const square = readFixture<Feature<Polygon>>('south-square.geojson');

describe('withinTolerance', () => {
	it('accepts points inside, and outside only within the tolerance', () => {
		expect(withinTolerance([0.5, 0.5], square)).toBe(true);
		const outside = [1.005, 0.5]; // 0.556 km east of the edge
		expect(withinTolerance(outside, square)).toBe(false);
		expect(withinTolerance(outside, square, { toleranceKm: 0.5 })).toBe(false);
		expect(withinTolerance(outside, square, { toleranceKm: 0.6 })).toBe(true);
	});

	it('says plainly what is wrong', () => {
		expect(() => withinTolerance([0, 0], square, { toleranceKm: -1 })).toThrow('toleranceKm');
		expect(() => withinTolerance([0, 0], { type: 'Point' } as never)).toThrow('Polygon');
	});

	it('keeps Kobani in Natural Earth Syria with 1.5 km of tolerance', () => {
		const topology = worldAtlas10m();
		const countries = feature(topology, topology.objects.countries as GeometryCollection);
		const syria = countries.features.find((f) => f.id === '760') as Feature<Polygon>;
		const kobani = [38.35556, 36.88972];
		expect(withinTolerance(kobani, syria)).toBe(false);
		expect(withinTolerance(kobani, syria, { toleranceKm: 1.5 })).toBe(true);
	});
});
