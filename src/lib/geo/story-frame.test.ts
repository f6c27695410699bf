import { describe, expect, it } from 'vitest';
import { geometryBox, storyFrame, type FrameItem } from './story-frame';

const pt = (id: string, x: number, y: number): FrameItem => ({ id, at: [x, y] });
const area = (id: string, x: number, y: number, box: [number, number, number, number]) => ({
	id,
	at: [x, y] as [number, number],
	box
});

/** The seed article's located places and its towns for orientation (rounded). */
const SEED: FrameItem[] = [
	pt('damascus', 36.31, 33.51),
	pt('al-sinaa-prison', 40.76, 36.48),
	pt('al-hol-camp', 41.15, 36.38),
	area('turkey-syria-border-zone-east', 40.2, 36.86, [38.0, 36.55, 42.36, 37.32]),
	area('north-east-syria', 40.22, 35.69, [37.92, 34.42, 42.38, 37.32]),
	pt('istanbul', 28.95, 41.01),
	pt('washington', -77.04, 38.9),
	pt('white-house', -77.04, 38.9),
	pt('centcom-hq', -82.52, 27.85),
	...[
		[40.74, 36.51],
		[41.24, 37.05],
		[42.14, 37.18],
		[40.93, 37.1],
		[40.07, 36.85],
		[38.96, 36.7],
		[38.36, 36.89],
		[38.01, 36.82],
		[37.95, 36.53],
		[37.1, 36.47],
		[39.02, 35.95],
		[40.15, 35.33],
		[41.15, 36.39]
	].map(([x, y], i) => pt(`town-${i}`, x, y))
];

/** Places of a story about Sudan, Gaza, Ukraine and Yemen, areas with their boxes. */
const WORLD: FrameItem[] = [
	pt('el-fasher', 25.35, 13.63),
	area('darfur', 24.9, 13.6, [21.8, 9.5, 27.9, 20.0]),
	area('sudan', 30.0, 15.5, [21.8, 8.7, 38.6, 22.2]),
	area('chad', 18.7, 15.4, [13.5, 7.4, 24.0, 23.5]),
	pt('khartoum', 32.53, 15.59),
	pt('omdurman', 32.48, 15.65),
	pt('gaza', 34.45, 31.5),
	pt('jabalia', 34.48, 31.53),
	pt('kharkiv', 36.23, 49.99),
	pt('odesa', 30.73, 46.48),
	area('yemen', 47.5, 15.5, [42.5, 12.1, 53.1, 19.0]),
	area('red-sea', 38.0, 20.0, [32.3, 12.6, 43.5, 30.0]),
	pt('hodeidah', 42.95, 14.8)
];

const contains = (frame: number[] | null, [x, y]: readonly number[]) =>
	!!frame && x >= frame[0] && x <= frame[2] && y >= frame[1] && y <= frame[3];

describe('storyFrame', () => {
	it('frames a north-east Syria story on Syria; Istanbul and the United States are elsewhere', () => {
		const { frame, elsewhere } = storyFrame(SEED);
		expect([...elsewhere].sort()).toEqual(['centcom-hq', 'istanbul', 'washington', 'white-house']);
		expect(frame).toEqual([36.31, 33.51, 42.38, 37.32]);
	});

	it('frames a world story whole: Sudan, Gaza, Yemen and Ukraine', () => {
		const { frame, elsewhere } = storyFrame(WORLD);
		expect(elsewhere.size).toBe(0);
		for (const item of WORLD) expect(contains(frame, item.at), item.id).toBe(true);
		expect(frame).toEqual([13.5, 7.4, 53.1, 49.99]);
	});

	it('frames the world for Paris, Beijing, Moscow and Washington', () => {
		const capitals = [
			pt('paris', 2.35, 48.86),
			pt('beijing', 116.4, 39.9),
			pt('moscow', 37.62, 55.76),
			pt('washington', -77.04, 38.9)
		];
		const { frame, elsewhere } = storyFrame(capitals);
		expect(elsewhere.size).toBe(0);
		expect(frame).toEqual([-77.04, 38.9, 116.4, 55.76]);
	});

	it('never leaves out a place within 500 km: Gaza with Tel Aviv and Cairo', () => {
		const { elsewhere } = storyFrame([
			pt('gaza', 34.45, 31.5),
			pt('jabalia', 34.48, 31.53),
			pt('khan-younis', 34.3, 31.35),
			pt('tel-aviv', 34.78, 32.08),
			pt('cairo', 31.24, 30.04)
		]);
		expect(elsewhere.size).toBe(0);
	});

	it('keeps groups that are as many as the rest, or a rest of fewer than three', () => {
		expect(
			storyFrame([pt('a', 0, 0), pt('b', 1, 0), pt('c', 100, 0), pt('d', 101, 0)]).elsewhere.size
		).toBe(0);
		expect(storyFrame([pt('a', 0, 0), pt('b', 1, 0), pt('c', 100, 0)]).elsewhere.size).toBe(0);
		expect([
			...storyFrame([pt('a', 0, 0), pt('b', 1, 0), pt('c', 0, 1), pt('d', 100, 0)]).elsewhere
		]).toEqual(['d']);
	});

	it('frames one place by its box, or its point', () => {
		expect(storyFrame([area('sudan', 30, 15.5, [21.8, 8.7, 38.6, 22.2])]).frame).toEqual([
			21.8, 8.7, 38.6, 22.2
		]);
		expect(storyFrame([pt('raqqa', 39.02, 35.95)]).frame).toEqual([39.02, 35.95, 39.02, 35.95]);
		expect(storyFrame([])).toEqual({ frame: null, elsewhere: new Set() });
	});

	it('unwraps a box across the antimeridian', () => {
		const { frame } = storyFrame([area('fiji', 178, -17.8, [177, -19.2, -178.2, -16.1])]);
		expect(frame).toEqual([177, -19.2, 181.8, -16.1]);
	});
});

describe('geometryBox', () => {
	it('is the extent of any geometry', () => {
		expect(geometryBox({ type: 'Point', coordinates: [41, 36] })).toEqual([41, 36, 41, 36]);
		expect(
			geometryBox({
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[0, 0],
							[2, 0],
							[2, 3],
							[0, 0]
						]
					],
					[
						[
							[-1, 5],
							[1, 5],
							[1, 6],
							[-1, 5]
						]
					]
				]
			})
		).toEqual([-1, 0, 2, 6]);
	});
});
