/**
 * The team's Arabic names for GeoNames places (geodata/places/arabic-names.json): checked against
 * the snapshots, and in the world gazetteer under the name news writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/geoparse';
import { loadGazetteerIndex } from '../geoparse';
import { ROOT } from '../lib-files';
import { reviewedNamesById, type ReviewedName } from './world';

const arabic = { '1': 'مدينة المثال', '2': 'Al Fāw' };
const cities = { '1': [], '2': [], '3': [] };
const check = (names: ReviewedName[]) => () => reviewedNamesById(names, arabic, cities);

describe('reviewed Arabic names', () => {
	it('takes names for places the catalogue lacks or misspells', () => {
		const byId = reviewedNamesById(
			[
				{ geonames: 2, ar: 'الفاو' },
				{ geonames: 3, ar: 'خان يونس', variants: ['خانيونس'] },
				{ geonames: 1, ar: 'المثال', replaces: 'مدينة المثال' }
			],
			arabic,
			cities
		);
		expect([...byId.keys()]).toEqual(['2', '3', '1']);
	});
	it('names the file, the record and the field of a bad entry', () => {
		expect(check([{ geonames: 3, ar: 'Khan Yunis' }])).toThrow(
			/arabic-names\.json: names\[0\] \(geonames 3\): "ar" must be a name in Arabic letters/
		);
		expect(check([{ geonames: 3, ar: 'خان يونس', variants: [' خانيونس'] }])).toThrow(
			/names\[0\] \(geonames 3\): "variants\[0\]"/
		);
		expect(check([{ geonames: 9, ar: 'مكان' }])).toThrow(
			/names\[0\] \(geonames 9\): "geonames" is not in geonames-cities\.json/
		);
		expect(
			check([
				{ geonames: 3, ar: 'مكان' },
				{ geonames: 3, ar: 'مكان آخر' }
			])
		).toThrow(/names\[1\] \(geonames 3\): "geonames" is listed twice/);
	});
	it('asks for a new review when the catalogue changes under it', () => {
		expect(check([{ geonames: 1, ar: 'المثال', replaces: 'مثال' }])).toThrow(
			/"replaces" says "مثال", the catalogue now says "مدينة المثال"/
		);
		expect(check([{ geonames: 1, ar: 'المثال' }])).toThrow(/the catalogue has an Arabic name/);
	});
	it('puts every reviewed name in the world gazetteer, on GeoNames point', () => {
		const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
		const { names } = JSON.parse(read('geodata/places/arabic-names.json')) as {
			names: ReviewedName[];
		};
		const world = JSON.parse(read('geodata/places/world.geojson')).features as {
			properties: { name: { ar: string }; sources: string[] };
		}[];
		const byGeonames = new Map(
			world.flatMap((f) =>
				f.properties.sources
					.map((s) => /geonames\.org\/(\d+)/.exec(s)?.[1])
					.filter(Boolean)
					.map((id) => [Number(id), f] as const)
			)
		);
		expect(names.length).toBeGreaterThan(100);
		for (const n of names)
			expect(byGeonames.get(n.geonames)?.properties.name.ar, `geonames ${n.geonames}`).toBe(n.ar);
	});
	it('lets the geoparser find the towns the catalogue lacked or named as divisions', () => {
		// Sentences written for this test (a regression test, not a measure of quality).
		const text =
			'قصفت الطائرات خان يونس ودير البلح، وسقطت قذائف على صور والنبطية في جنوب لبنان. ' +
			'وفي بعقوبة شمال شرق بغداد قتل ثلاثة، واشتبك مسلحون في سرت وطبرق. ' +
			'ودوت صفارات الإنذار في سديروت وعسقلان.';
		const found = geoparse(text, loadGazetteerIndex()).map((m) => [
			text.slice(m.start, m.end),
			m.place
		]);
		expect(found).toEqual(
			expect.arrayContaining([
				['خان يونس', 'khan-yunis-ps'],
				['صور', 'tyre-lb'],
				['النبطية', 'nabatiye-et-tahta-lb'],
				['بعقوبة', 'baqubah-iq'],
				['سرت', 'sirte-ly'],
				['طبرق', 'tobruk-ly'],
				['سديروت', 'sederot-il'],
				['عسقلان', 'ashkelon-il']
			])
		);
	}, 30_000);
});
