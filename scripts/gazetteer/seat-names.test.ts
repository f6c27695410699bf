import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../lib-files';
import { seatNames, withoutDivisionWord } from './seat-names';

const division = (iso_a2: string, name_en: string, name_ar: string, lon: number, lat: number) => ({
	ne_id: `ne-${name_en}`,
	wikidataid: 'Q1',
	iso_a2,
	name_en,
	name_ar,
	lon: String(lon),
	lat: String(lat)
});
const city = (
	id: string,
	name: string,
	country: string,
	featureCode: string,
	population: number,
	lon: number,
	lat: number
) => ({
	id,
	name,
	country,
	featureCode,
	population,
	lon,
	lat
});

describe('towns named like the division they seat', () => {
	it('leaves the type word out of the division name', () => {
		expect(withoutDivisionWord('مقاطعة غوانتانامو')).toBe('غوانتانامو');
		expect(withoutDivisionWord('ريازان أوبلاست')).toBe('ريازان');
		expect(withoutDivisionWord('شعبية سرت')).toBe('سرت');
		expect(withoutDivisionWord('همدان')).toBe('همدان');
		// Nothing usable: a bare article, Latin letters.
		expect(withoutDivisionWord('ولاية ال')).toBeNull();
		expect(withoutDivisionWord('Tabora')).toBeNull();
	});
	it("names a seat by its division's name when the catalogue has none", () => {
		const divisions = [
			division('CU', 'Guantánamo', 'مقاطعة غوانتانامو', -75.1, 20.2),
			division('TZ', 'Tabora', 'إقليم تابورا', 32.8, -5.0)
		];
		const cities = [
			city('1', 'Guantanamo', 'CU', 'PPLA', 272_000, -75.21, 20.14),
			// Named already by the catalogue: kept as it is.
			city('2', 'Tabora', 'TZ', 'PPLA', 145_000, 32.8, -5.02),
			// Not a seat, too small, too far, or in another country.
			city('3', 'Guantánamo', 'CU', 'PPL', 90_000, -75.2, 20.1),
			city('4', 'Guantánamo', 'CU', 'PPLA2', 5_000, -75.2, 20.1),
			city('5', 'Guantánamo', 'CU', 'PPLA2', 50_000, -70.0, 20.1),
			city('6', 'Guantánamo', 'MX', 'PPLA', 50_000, -75.2, 20.1)
		];
		const seats = seatNames(divisions, [], cities, (id) => id === '2');
		expect([...seats.keys()]).toEqual(['1']);
		// Natural Earth's populated places name it already, in Arabic: left to them.
		const placed = [{ iso_a2: 'CU', name_en: 'Guantanamo', name_ar: 'غوانتانامو' }];
		expect(seatNames(divisions, placed, cities, () => false).has('1')).toBe(false);
		expect(seats.get('1')).toMatchObject({ ar: 'غوانتانامو', neId: 'ne-Guantánamo' });
	});
	it('gives the gazetteer Guantánamo, the town, with its sources', () => {
		const world = JSON.parse(
			fs.readFileSync(path.join(ROOT, 'geodata/places/world.geojson'), 'utf8')
		);
		const town = world.features.find(
			(f: { properties: { name: { en: string }; kind: string } }) =>
				f.properties.name.en === 'Guantánamo' && f.properties.kind === 'city'
		);
		expect(town?.properties.name.ar).toBe('غوانتانامو');
		// The province keeps the id it had before the town came: ids stay stable.
		expect(town?.id).not.toBe('guantanamo-cu');
		const province = world.features.find((f: { id: string }) => f.id === 'guantanamo-cu');
		expect(province?.properties.kind).toBe('admin1');
		expect(town?.properties.sources).toEqual(
			expect.arrayContaining([
				expect.stringContaining('geonames.org'),
				expect.stringContaining('naturalearthdata')
			])
		);
	});
});
