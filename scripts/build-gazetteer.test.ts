import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	buildCountryBounds,
	buildGazetteer,
	buildWorldGazetteer,
	cleanArabic
} from './build-gazetteer';
import { ROOT } from './lib-files';

describe('build-gazetteer', () => {
	it('regenerating gazetteer.geojson gives the committed file byte for byte', () => {
		const committed = fs.readFileSync(path.join(ROOT, 'geodata/places/gazetteer.geojson'), 'utf8');
		expect(buildGazetteer(), 'run `npx tsx scripts/build-gazetteer.ts` and commit the result').toBe(
			committed
		);
	});
	it('has at least 150 places, each with a source', () => {
		const fc = JSON.parse(buildGazetteer());
		expect(fc.features.length).toBeGreaterThanOrEqual(150);
		for (const f of fc.features) expect(f.properties.sources.length, f.id).toBeGreaterThan(0);
	});
	it('regenerating world.geojson and country-bounds.json gives the committed files', () => {
		const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
		const hint = 'run `npx tsx scripts/build-gazetteer.ts` and commit the result';
		expect(buildCountryBounds(), hint).toBe(read('src/lib/data/country-bounds.json'));
		expect(buildWorldGazetteer(), hint).toBe(read('geodata/places/world.geojson'));
	}, 60_000);
	it('knows the world: every country, continents, seas, provinces and cities, each sourced', () => {
		const fc = JSON.parse(fs.readFileSync(path.join(ROOT, 'geodata/places/world.geojson'), 'utf8'));
		const kinds = new Map<string, number>();
		for (const f of fc.features) {
			kinds.set(f.properties.kind, (kinds.get(f.properties.kind) ?? 0) + 1);
			expect(f.properties.sources.length, f.id).toBeGreaterThan(0);
			expect(f.properties.importance, f.id).toBeGreaterThan(0);
		}
		expect(kinds.get('country')).toBeGreaterThan(180);
		expect(kinds.get('continent')).toBeGreaterThanOrEqual(5);
		expect(kinds.get('admin1')).toBeGreaterThan(3000);
		expect((kinds.get('city') ?? 0) + (kinds.get('capital') ?? 0)).toBeGreaterThan(3000);
		for (const k of ['sea', 'river', 'lake', 'mountain', 'desert', 'island', 'region'])
			expect(kinds.get(k), k).toBeGreaterThan(10);
		const byName = (ar: string) =>
			fc.features.filter(
				(f: { properties: { name: { ar: string } } }) => f.properties.name.ar === ar
			);
		// The story that the first article's reader could not map (issue 13).
		for (const ar of [
			'الفاشر',
			'دارفور',
			'السودان',
			'تشاد',
			'الخرطوم',
			'أم درمان',
			'غزة',
			'خاركيف',
			'أوديسا',
			'اليمن',
			'البحر الأحمر'
		])
			expect(byName(ar).length, ar).toBeGreaterThan(0);
		// Natural Earth calls Laayoune "souk ahras" in English; the build corrects it.
		const laayoune = fc.features.find(
			(f: { properties: { wikidata?: string } }) => f.properties.wikidata === 'Q47837'
		);
		expect(laayoune?.properties.name).toEqual({ ar: 'العيون', en: 'Laayoune' });
	});
	it('strips stray direction marks and tashkeel from GeoNames Arabic names', () => {
		expect(cleanArabic('مركة\u200e')).toBe('مركة');
		expect(cleanArabic('طَرَابُلُس')).toBe('طرابلس');
	});
});
