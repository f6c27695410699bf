import { describe, expect, it } from 'vitest';
import { bboxPolygon, length } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import { bufferClip } from './buffer-clip';
import { expectGolden, readFixture } from './test/golden';

const edge = readFixture<Feature<LineString>>('north-edge.geojson');
const square = readFixture<Feature<Polygon>>('south-square.geojson');

describe('bufferClip', () => {
	it('keeps the band of the buffer inside the polygon, with its area (golden)', () => {
		const band = bufferClip(edge, 50, square, { steps: 8 })!;
		expect(band.geometry.type).toBe('Polygon');
		// a 111 km edge × 50 km deep, the round caps cut off by the square
		const expected = length(edge, { units: 'kilometers' }) * 50;
		expect(Math.abs(band.properties.area_km2 / expected - 1)).toBeLessThan(0.01);
		expectGolden('buffer-clip.geojson', band);
	});

	it('returns null when the band misses the polygon', () => {
		const far = bboxPolygon([5, 5, 6, 6]);
		expect(bufferClip(edge, 10, far)).toBeNull();
	});

	it('says plainly what is wrong', () => {
		expect(() => bufferClip(edge, 0, square)).toThrow('expected a positive distance');
		expect(() => bufferClip(edge, 10, square, { steps: 0.5 })).toThrow('steps');
		expect(() => bufferClip(square as never, 10, square)).toThrow('LineString');
		expect(() => bufferClip(edge, 10, edge as never)).toThrow('Polygon');
	});
});
