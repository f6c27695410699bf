import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, cleanArabic } from './build-gazetteer';
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
	it('strips stray direction marks and tashkeel from GeoNames Arabic names', () => {
		expect(cleanArabic('مركة\u200e')).toBe('مركة');
		expect(cleanArabic('طَرَابُلُس')).toBe('طرابلس');
	});
});
