import { describe, expect, it } from 'vitest';
import { area, length } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import { clipEastOf } from './clip-east-of';
import { sharedBorder } from './shared-border';
import { expectGolden, readFixture, worldAtlas10m } from './test/golden';

const zigzag = readFixture<Feature<LineString>>('zigzag-line.geojson');
const square = readFixture<Feature<Polygon>>('south-square.geojson');

describe('clipEastOf', () => {
	it('cuts a line at interpolated points and keeps each eastern run (golden)', () => {
		const east = clipEastOf(zigzag, 1);
		expect(east?.geometry).toEqual({
			type: 'MultiLineString',
			coordinates: [
				[
					[1, 0.5],
					[2, 1],
					[1, 1 + (2 / 3) * 0.5]
				],
				[
					[1, 1.6],
					[3, 2],
					[1, 3]
				]
			]
		});
		expect(east?.properties).toEqual(zigzag.properties);
		expectGolden('clip-east-of-line.geojson', east);
	});

	it('clips a polygon to the half-plane east of the meridian (golden)', () => {
		const east = clipEastOf(square, 0.5);
		expect(area(east!) / area(square)).toBeCloseTo(0.5, 3);
		expectGolden('clip-east-of-polygon.geojson', east);
	});

	it('returns null when nothing is east of the meridian', () => {
		expect(clipEastOf(zigzag, 10)).toBeNull();
		expect(clipEastOf(square, 10)).toBeNull();
	});

	it('returns the whole line when all of it is east', () => {
		expect(clipEastOf(zigzag, -1)?.geometry).toEqual(zigzag.geometry);
	});

	it('says plainly what is wrong', () => {
		expect(() => clipEastOf(zigzag, 200)).toThrow('expected a longitude');
		expect(() => clipEastOf({} as Feature<LineString>, 1)).toThrow('expected a GeoJSON Feature');
	});

	it('gives 436.1 km of the Natural Earth Syria–Turkey border east of the Euphrates (38.03° E)', () => {
		const border = sharedBorder(worldAtlas10m(), '760', '792');
		const east = clipEastOf(border, 38.03)!;
		expect(east.geometry.type).toBe('LineString');
		// FACTS.md says 436.6 km; it counted from the vertex just west of 38.03° E (38.0254° E)
		expect(Math.abs(length(east, { units: 'kilometers' }) - 436.6)).toBeLessThan(3);
		expect(length(east, { units: 'kilometers' })).toBeCloseTo(436.1, 0);
	});
});
