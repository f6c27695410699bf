import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/dataset';
import { readDataFiles, ROOT } from '../../../scripts/lib-files';
import { indexOptions } from '../../../scripts/gazetteer-index';
import { gazetteerFile, loadGazetteer, roundGeometry } from './gazetteer-file';
import { geoparse } from './geoparse';

describe('gazetteer.json', () => {
	const data = buildDataset(readDataFiles());
	const { variants, stoplist, commonWords, rareWords, givenNames } = indexOptions();
	const file = gazetteerFile(data, variants, stoplist, commonWords, rareWords, givenNames);
	const json = JSON.parse(JSON.stringify(file));
	const loaded = loadGazetteer(json);

	it('rounds coordinates to 5 decimals', () => {
		expect(roundGeometry({ type: 'Point', coordinates: [41.148612, 36.375561] })).toEqual({
			type: 'Point',
			coordinates: [41.14861, 36.37556]
		});
	});

	it('has every place: the curated ones whole, the world as rows', () => {
		expect(json.places.length + json.world.length).toBe(data.places.size);
		expect(json.world.length).toBeGreaterThan(10_000);
		const khartoum = loaded.places.get('khartoum-sd')!;
		const source = data.places.get('khartoum-sd')!;
		expect(khartoum.properties.name).toEqual(source.properties.name);
		expect(khartoum.properties.sources.sort()).toEqual([...source.properties.sources].sort());
		expect(loaded.places.get('al-hol-camp')).toEqual(
			expect.objectContaining({ geometry: expect.objectContaining({ type: 'Point' }) })
		);
	});

	it('is small enough for the paste page: at most 1.5 MB gzip-compressed', () => {
		const gz = zlib.gzipSync(JSON.stringify(file), { level: 9 }).length;
		expect(gz).toBeLessThan(1.5 * 1024 * 1024);
	});

	it('finds in the browser what the scripts find', () => {
		const text =
			'قصفت تركيا مواقع قرب القامشلي وبالحسكة، وأعلنت قوات سوريا الديمقراطية. وفي الخرطوم والفاشر';
		const { index } = loaded;
		expect(geoparse(text, index).map((m) => [text.slice(m.start, m.end), m.place])).toEqual([
			['تركيا', 'turkey'],
			['القامشلي', 'qamishli'],
			['الحسكة', 'al-hasakah'],
			['الخرطوم', 'khartoum-sd'],
			['الفاشر', 'al-fashir-sd']
		]);
	});

	it('carries the given names: a minor place after one is a surname in the browser too', () => {
		const text = 'قال توماس هارفي';
		expect(file.givenNames).toContain('توماس');
		expect(loaded.index.after.get('توماس')?.given).toBe(true);
		expect(geoparse(text, loaded.index)).toEqual([]);
	});

	it('searches names in both languages, spelling folded, most prominent first', () => {
		const found = loaded.search('طرابلس');
		expect(
			found
				.map((c) => c.id)
				.slice(0, 2)
				.sort()
		).toEqual(['tripoli-lebanon', 'tripoli-libya']);
		expect(found[0].countryName).not.toBeNull();
		expect(loaded.search('Khartoum')[0].id).toBe('khartoum-sd');
		expect(loaded.search('اسطنبول').map((c) => c.id)).toContain('istanbul');
		expect(loaded.search('   ')).toEqual([]);
	});

	it('refuses a file of another shape', () => {
		expect(() => loadGazetteer({ places: [] } as never)).toThrow(/version 2/);
	});

	it('reads the same lists as the scripts', () => {
		const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));
		expect(json.stoplist).toHaveLength(read('geodata/places/stoplist.json').stop.length);
		expect(Object.keys(json.commonWords).length).toBeGreaterThan(100);
	});
});
