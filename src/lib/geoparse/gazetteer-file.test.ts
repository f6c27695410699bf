import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/dataset';
import { readDataFiles, ROOT } from '../../../scripts/lib-files';
import { gazetteerFile, loadGazetteer, roundGeometry } from './gazetteer-file';
import { geoparse } from './geoparse';

describe('gazetteer.json', () => {
	const data = buildDataset(readDataFiles());
	const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));
	const file = gazetteerFile(
		data,
		read('geodata/places/variants.json'),
		read('geodata/places/stoplist.json').stop
	);

	it('rounds coordinates to 5 decimals', () => {
		expect(roundGeometry({ type: 'Point', coordinates: [41.148612, 36.375561] })).toEqual({
			type: 'Point',
			coordinates: [41.14861, 36.37556]
		});
	});

	it('has every place, and the browser finds what the scripts find', () => {
		const json = JSON.parse(JSON.stringify(file));
		expect(json.places).toHaveLength(data.places.size);
		const { index } = loadGazetteer(json);
		const text = 'قصفت تركيا مواقع قرب القامشلي وبالحسكة، وأعلنت قوات سوريا الديمقراطية';
		expect(geoparse(text, index).map((m) => [text.slice(m.start, m.end), m.place])).toEqual([
			['تركيا', 'turkey'],
			['القامشلي', 'qamishli'],
			['الحسكة', 'al-hasakah']
		]);
	});
});
