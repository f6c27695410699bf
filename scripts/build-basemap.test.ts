import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBasemap, flatPolygons, OUT_DIR } from './build-basemap';
import { REGION_BBOX } from '../src/lib/map/basemap-extent';

const files = buildBasemap();

describe('build-basemap', () => {
	it('has written its current outputs (run `npx tsx scripts/build-basemap.ts` if not)', () => {
		for (const [name, text] of files) {
			expect(readFileSync(join(OUT_DIR, name), 'utf8'), name).toBe(text);
		}
	});

	it('keeps the layers small: the region drawn at first, the world fetched when needed', () => {
		expect(Buffer.byteLength(files.get('countries.geojson')!)).toBeLessThan(260_000);
		expect(Buffer.byteLength(files.get('world-countries.geojson')!)).toBeLessThan(650_000);
		expect(Buffer.byteLength(files.get('ocha_syr_admin1.geojson')!)).toBeLessThan(200_000);
	});

	it('names the countries of the region in Arabic and English', () => {
		const countries = JSON.parse(files.get('countries.geojson')!);
		const syria = countries.features.find(
			(f: { properties: { id: string } }) => f.properties.id === '760'
		);
		expect(syria.properties).toEqual({
			id: '760',
			iso_a2: 'SY',
			name_en: 'Syria',
			name_ar: 'سوريا'
		});
		const labels = JSON.parse(files.get('country-labels.geojson')!);
		const isos = labels.features.map(
			(f: { properties: { iso_a2: string } }) => f.properties.iso_a2
		);
		for (const iso of ['SY', 'TR', 'IQ', 'LB', 'JO', 'IL', 'PS', 'CY', 'IR', 'SA', 'EG', 'GR']) {
			expect(isos).toContain(iso);
		}
	});

	type Country = {
		properties: {
			id: string | null;
			iso_a2: string | null;
			name_en: string;
			name_ar: string | null;
		};
		geometry: { type: string; coordinates: number[][][] | number[][][][] };
	};
	const read = (name: string): Country[] => JSON.parse(files.get(name)!).features;
	const rings = (c: Country) =>
		(c.geometry.type === 'Polygon'
			? [c.geometry.coordinates]
			: c.geometry.coordinates
		).flat() as number[][][];

	it("draws the world's countries with Arabic and English names, each once", () => {
		const region = read('countries.geojson');
		const world = read('world-countries.geojson');
		const names = new Set([...region, ...world].map((c) => c.properties.name_en));
		expect(names.size).toBeGreaterThan(240);
		const labels = [
			...JSON.parse(files.get('country-labels.geojson')!).features,
			...JSON.parse(files.get('world-country-labels.geojson')!).features
		].map((f: Country) => f.properties);
		const byIso = new Map(labels.map((p) => [p.iso_a2, p]));
		expect(byIso.size).toBe(labels.length);
		expect(byIso.get('SD')).toMatchObject({ iso_a2: 'SD', name_en: 'Sudan', name_ar: 'السودان' });
		expect(byIso.get('SD').km2).toBeGreaterThan(1_500_000);
		expect(byIso.get('UA')).toMatchObject({ name_en: 'Ukraine', name_ar: 'أوكرانيا' });
		for (const iso of ['YE', 'FR', 'CN', 'US', 'BR', 'AU', 'ZA', 'PS', 'SY'])
			expect(byIso.get(iso)?.name_ar, iso).toMatch(/[\u0600-\u06ff]/);
	});

	it('puts every country reaching into the region in the file drawn first', () => {
		const [w, s, e, n] = REGION_BBOX;
		const touches = (c: Country) =>
			rings(c).some((r) => r.some(([x, y]) => x >= w && x <= e && y >= s && y <= n));
		expect(read('countries.geojson').every(touches)).toBe(true);
		expect(read('world-countries.geojson').some(touches)).toBe(false);
	});

	it('has no ring that streaks across the antimeridian', () => {
		for (const name of ['countries.geojson', 'world-countries.geojson'])
			for (const c of read(name))
				for (const ring of rings(c))
					for (let i = 1; i < ring.length; i++)
						expect(Math.abs(ring[i][0] - ring[i - 1][0]), c.properties.name_en).toBeLessThan(180);
	});
});

describe('flatPolygons', () => {
	it('cuts a ring across the antimeridian into its two sides', () => {
		const parts = flatPolygons([
			[
				[178, 0],
				[-178, 0],
				[-178, 2],
				[178, 2],
				[178, 0]
			]
		]);
		expect(parts.length).toBe(2);
		const xs = parts.map((p) => p[0].map(([x]) => x));
		expect(xs.map((x) => [Math.min(...x), Math.max(...x)]).sort()).toEqual([
			[-180, -178],
			[178, 180]
		]);
	});

	it('closes a ring round the South Pole along the pole', () => {
		const [part] = flatPolygons([
			[
				[-180, -70],
				[0, -65],
				[179, -70],
				[-180, -70]
			]
		]);
		expect(part[0].some(([, y]) => y === -90)).toBe(true);
		const xs = part[0].map(([x]) => x);
		expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(360);
	});

	it('leaves other polygons alone', () => {
		const square = [
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			]
		];
		expect(flatPolygons(square)).toEqual([square]);
	});
});
