import { describe, expect, it } from 'vitest';
import type { Feature, LineString } from 'geojson';
import { sideOfLine } from './side-of-line';
import { sharedBorder } from './shared-border';
import { readFixture, worldAtlas10m } from './test/golden';

const line = readFixture<Feature<LineString>>('border-like-line.geojson');
const zigzag = readFixture<Feature<LineString>>('zigzag-line.geojson');

describe('sideOfLine', () => {
	it('decides along the meridian, even where the line turns back west', () => {
		// the meridian 1.8 crosses the line at y = 0.9, 1.2 and 1.4
		expect(sideOfLine([1.8, 0.5], line)).toBe('south');
		expect(sideOfLine([1.8, 1], line)).toBe('north');
		expect(sideOfLine([1.8, 1.3], line)).toBe('south');
		expect(sideOfLine([1.8, 2], line)).toBe('north');
		expect(sideOfLine([3.5, 1], line)).toBe('south');
	});

	it('compares with the nearest end beyond the line', () => {
		expect(sideOfLine([-5, -1], line)).toBe('south');
		expect(sideOfLine([-5, 1], line)).toBe('north');
		expect(sideOfLine([9, 1], line)).toBe('south');
		expect(sideOfLine([9, 3], line)).toBe('north');
	});

	it('says plainly what is wrong', () => {
		expect(() => sideOfLine([0, 0], { type: 'Point', coordinates: [0, 0] } as never)).toThrow(
			'expected a LineString'
		);
		expect(() => sideOfLine([0, Number.NaN], line)).toThrow('[longitude, latitude]');
		expect(() => sideOfLine([0, 0], zigzag)).toThrow('western- and easternmost');
	});

	it('puts Syrian towns south and Turkish towns north of the Natural Earth border', () => {
		const border = sharedBorder(worldAtlas10m(), '760', '792') as Feature<LineString>;
		expect(sideOfLine([41.14861, 36.37556], border)).toBe('south'); // al-Hol camp
		expect(sideOfLine([37.38, 37.07], border)).toBe('north'); // Gaziantep
		expect(sideOfLine([38.79, 37.16], border)).toBe('north'); // Şanlıurfa
	});
});
