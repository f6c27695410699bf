import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../chromium.js';
import { benchFlags, pageLoadSections, type PageLoad, type Run } from './reader';

describe('benchFlags', () => {
	it('is the flags every browser run uses, when nothing is added', () => {
		expect(benchFlags('')).toEqual(CHROMIUM_FLAGS);
		expect(benchFlags('  ')).toEqual(CHROMIUM_FLAGS);
	});
	it('appends the extra flags, split on white space, after the usual ones', () => {
		expect(benchFlags(' --disable-gpu-compositing   --foo=1 ')).toEqual([
			...CHROMIUM_FLAGS,
			'--disable-gpu-compositing',
			'--foo=1'
		]);
	});
});

describe('pageLoadSections', () => {
	const run = (ready: number) =>
		({
			fcp: 300,
			ready,
			maplibreStart: 310,
			jsCss: { raw: 0, gzip: 0 },
			jsCssBeforeFcp: { raw: 0, gzip: 0 },
			fonts: { raw: 0, gzip: 0 },
			fontsBeforeFcp: { raw: 0, gzip: 0 },
			geojson: { raw: 0, gzip: 0 },
			longTasks: 0,
			longTaskMs: 0,
			blockingMs: 0
		}) as unknown as Run;
	it('gives the ratio of the medians and the ratios of each reader run to its floor run', () => {
		const load: PageLoad = {
			reader: [1200, 2400, 1300].map(run),
			floor: [1000, 2000, 1300].map(run),
			maplibreChunk: null,
			chromium: 'test'
		};
		const rows = pageLoadSections(load)[0].rows;
		expect(rows.find((r) => r.name === 'reader / floor, time to ready')?.value).toBe(1);
		const paired = rows.find((r) => r.name === 'reader / floor, run by run');
		expect(paired?.value).toBe(1.2);
		expect(paired?.unit).toBe('× (1.00–1.20)');
	});
});
