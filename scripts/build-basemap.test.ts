import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBasemap, OUT_DIR } from './build-basemap';

const files = buildBasemap();

describe('build-basemap', () => {
	it('has written its current outputs (run `npx tsx scripts/build-basemap.ts` if not)', () => {
		for (const [name, text] of files) {
			expect(readFileSync(join(OUT_DIR, name), 'utf8'), name).toBe(text);
		}
	});

	it('keeps the layers small', () => {
		expect(Buffer.byteLength(files.get('countries.geojson')!)).toBeLessThan(600_000);
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
});
