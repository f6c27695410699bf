import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/lib-files';
import { buildDataset } from '../data/dataset';
import { placesGeoJson } from './places-geojson';
import { CSV_COLUMNS, placesCsv } from './places-csv';

const data = buildDataset(readDataFiles());
const seed = data.articles.get('us-pauses-isis-operations-2022-12-03')!;
const fc = placesGeoJson(seed.annotations, { places: data.places, ...seed.layers });

/** A small RFC 4180 reader, enough to check our own output. */
function parse(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const c = csv[i];
		if (quoted) {
			if (c === '"' && csv[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && csv[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	return rows;
}

describe('places.csv', () => {
	const rows = parse(placesCsv(fc));
	it('has the header and one row per feature', () => {
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows.length - 1).toBe(fc.features.length);
	});
	it('carries al-Hol camp field by field', () => {
		const r = Object.fromEntries(
			CSV_COLUMNS.map((c, i) => [c, rows.find((x) => x[0] === 'al-hol-camp')![i]])
		);
		expect(r).toMatchObject({
			name_ar: 'مخيم الهول',
			kind: 'camp',
			relation: 'named',
			geometry_type: 'Point',
			longitude: '41.14861',
			latitude: '36.37556',
			precision_m: '1000',
			border_distance_km: '76.8',
			in_zone: 'false',
			mentions: '1',
			quotes: 'مخيم الهول للنازحين'
		});
	});
	it('quotes cells with commas and quotes', () => {
		const odd = {
			type: 'FeatureCollection' as const,
			features: [
				{ type: 'Feature' as const, id: 'x', geometry: null, properties: { name_en: 'a, "b"' } }
			]
		};
		expect(placesCsv(odd).split('\r\n')[1]).toContain('"a, ""b"""');
	});
});
