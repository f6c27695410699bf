import { describe, expect, it } from 'vitest';
import type { Feature, LineString } from 'geojson';
import { distanceToLine } from './distance-to-line';
import { sharedBorder } from './shared-border';
import { readFixture, worldAtlas10m } from './test/golden';

const edge = readFixture<Feature<LineString>>('north-edge.geojson');

describe('distanceToLine', () => {
	it('measures great-circle km to the nearest point of the line', () => {
		// one degree of latitude on turf's sphere (R = 6371.0088 km)
		expect(distanceToLine([0.5, 0], edge)).toBeCloseTo(111.195, 2);
		// the edge runs along the parallel 1° N, but its great circle bulges 4 m north of it
		expect(distanceToLine([0.5, 1], edge)).toBeCloseTo(0.0042, 4);
		// beyond the end (1, 1): one degree of longitude at 1° N
		expect(distanceToLine({ type: 'Point', coordinates: [2, 1] }, edge)).toBeCloseTo(111.178, 2);
	});

	it('takes the nearest part of a MultiLineString', () => {
		const multi = {
			type: 'MultiLineString' as const,
			coordinates: [
				[
					[0, 5],
					[1, 5]
				],
				edge.geometry.coordinates
			]
		};
		expect(distanceToLine([0.5, 0], multi)).toBeCloseTo(111.195, 2);
	});

	it('says plainly what is wrong', () => {
		expect(() => distanceToLine([0, 0], { type: 'Point', coordinates: [0, 0] } as never)).toThrow(
			'expected a LineString'
		);
		expect(() => distanceToLine([Number.NaN, 0], edge)).toThrow('[longitude, latitude]');
	});

	it('puts al-Hol camp about 77 km from the Natural Earth Syria–Turkey border', () => {
		const border = sharedBorder(worldAtlas10m(), '760', '792');
		expect(distanceToLine([41.14861, 36.37556], border)).toBeCloseTo(76.8, 1);
	});
});
