import { describe, expect, it } from 'vitest';
import { length } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { sharedBorder } from './shared-border';
import { distanceToLine } from './distance-to-line';
import { expectGolden, readFixture, worldAtlas10m } from './test/golden';

const fixture = readFixture<Topology>('three-countries.topojson');

describe('sharedBorder', () => {
	it('returns the shared arc, ordered west to east (golden)', () => {
		const border = sharedBorder(fixture, '1', '2');
		expect(border.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[0, 1.2],
				[1, 0.8],
				[2, 1]
			]
		});
		expectGolden('shared-border.geojson', border);
	});

	it('does not depend on the order of the ids', () => {
		expect(sharedBorder(fixture, '2', '1').geometry).toEqual(
			sharedBorder(fixture, '1', '2').geometry
		);
	});

	it('says plainly what is wrong', () => {
		expect(() => sharedBorder(fixture, '1', '1')).toThrow('expected two different ids');
		expect(() => sharedBorder(fixture, '1', '9')).toThrow('no geometry with id "9"');
		expect(() => sharedBorder(fixture, '1', '3')).toThrow('share no border');
		expect(() => sharedBorder(fixture, '1', '2', { object: 'land' })).toThrow(
			'no GeometryCollection'
		);
		expect(() => sharedBorder({} as Topology, '1', '2')).toThrow('expected a TopoJSON Topology');
	});

	describe('on Natural Earth 10m (world-atlas 2.0.2)', () => {
		const topology = worldAtlas10m();
		const border = sharedBorder(topology, '760', '792');

		it('gives the Syria–Turkey border as one line of 181 positions from the sea to the Tigris', () => {
			expect(border.geometry.type).toBe('LineString');
			const coordinates = border.geometry.coordinates as number[][];
			expect(coordinates).toHaveLength(181);
			expect(coordinates[0][0]).toBeCloseTo(35.912, 3);
			expect(coordinates[180][0]).toBeCloseTo(42.356, 3);
			// FACTS.md: the tripoint on the Tigris, about 0.5 km from Natural Earth's end
			expect(distanceToLine([42.3572, 37.106], border)).toBeLessThan(1);
		});

		it('is 774.9 km long: generalised, shorter than the official 899–911 km', () => {
			expect(length(border, { units: 'kilometers' })).toBeCloseTo(774.9, 0);
		});

		it('also finds the Syria–Iraq border', () => {
			const iraq = sharedBorder(topology, '760', '368');
			expect(length(iraq, { units: 'kilometers' })).toBeGreaterThan(500);
		});
	});
});
