import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/lib-files';
import { buildDataset } from '../data/dataset';
import type { Geometry } from '../data/schema';
import { labelCandidates } from './label-candidates';

const square = (x: number, y: number, size: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	]
});

describe('labelCandidates', () => {
	it('gives a point its own position', () => {
		expect(labelCandidates({ type: 'Point', coordinates: [41.1, 36.4] })).toEqual([[[41.1, 36.4]]]);
	});

	it('puts a line label along the line, from its middle outwards', () => {
		const [c] = labelCandidates({
			type: 'LineString',
			coordinates: [
				[0, 0],
				[2, 0],
				[2, 2]
			]
		});
		expect(c[0]).toEqual([2, 0]);
		expect(c.length).toBe(7);
		for (const [x, y] of c) expect(x === 2 || y === 0).toBe(true);
	});

	it('keeps area candidates inside the area, middle first, spread apart', () => {
		const [c] = labelCandidates(square(10, 10, 4), { max: 5 });
		expect(c.length).toBe(5);
		for (const p of c) expect(booleanPointInPolygon(p, square(10, 10, 4))).toBe(true);
		expect(Math.hypot(c[0][0] - 12, c[0][1] - 12)).toBeLessThan(0.2);
		for (let i = 1; i < c.length; i++)
			expect(Math.hypot(c[i][0] - c[0][0], c[i][1] - c[0][1])).toBeGreaterThan(0.3);
	});

	it('one list per polygon of a MultiPolygon; specks are left out', () => {
		const parts = labelCandidates({
			type: 'MultiPolygon',
			coordinates: [
				square(0, 0, 2).coordinates,
				square(5, 0, 2).coordinates,
				square(9, 9, 0.01).coordinates
			]
		});
		expect(parts.length).toBe(2);
		expect(parts[0].every(([x]) => x < 2)).toBe(true);
		expect(parts[1].every(([x]) => x > 5)).toBe(true);
	});

	it('leaves out what is covered by `outside`, and gives nothing when all is covered', () => {
		const [c] = labelCandidates(square(0, 0, 4), { outside: [square(0, 0, 2)] });
		expect(c.length).toBeGreaterThan(3);
		for (const [x, y] of c) expect(x < 2 && y < 2).toBe(false);
		expect(labelCandidates(square(1, 1, 1), { outside: [square(0, 0, 4)] })).toEqual([[]]);
	});

	it("labels the seed's 30 km zone where the story's own areas do not cover it: west of the Euphrates", () => {
		const { places } = buildDataset(readDataFiles());
		const geometry = (id: string) => places.get(id)!.geometry as Geometry;
		const [c] = labelCandidates(geometry('turkey-syria-border-zone'), {
			outside: [geometry('turkey-syria-border-zone-east'), geometry('north-east-syria')]
		});
		expect(c.length).toBeGreaterThan(2);
		// The Euphrates crosses the border at Jarabulus (38.0 E).
		for (const [x] of c) expect(x).toBeLessThan(38.1);
		const zone = geometry('turkey-syria-border-zone') as Polygon;
		for (const p of c) expect(booleanPointInPolygon(p, zone)).toBe(true);
	});
});
