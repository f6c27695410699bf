/**
 * The world part of the gazetteer, from the snapshots in geodata/sources/world/ (see its README):
 * countries and territories, continents and world regions, first-level divisions, cities and
 * towns, seas, lakes, rivers, mountains, deserts, islands and other landforms. Every entry has a
 * stable id, Arabic and English names, kind, country, a point (and a box for areas), an importance
 * (population, or an equivalent from its source's rank) and its sources.
 *
 * Pure over its inputs: the same files give the same entries in the same order.
 */
import countries from 'i18n-iso-countries';
import type { PlaceKind } from '../../src/lib/data/schema';
import { normaliseName } from '../../src/lib/geoparse/normalise';
import { cleanName, splitAlternatives } from '../../src/lib/geoparse/spelling-variants';
import type { Box, CountryAt, CountryShape } from './country-shapes';
import { readCsv } from './csv';
import { seatNames } from './seat-names';

export interface WorldPlace {
	id: string;
	kind: PlaceKind;
	country: string | null;
	name: { ar: string; en: string };
	variants: { ar: string[]; en: string[] };
	point: [number, number];
	bbox?: Box;
	precision_m: number;
	importance: number;
	sources: string[];
	wikidata?: string;
	geonames?: number;
}

export interface WorldInputs {
	/** geodata/sources/world/<file> → its text. */
	read: (file: string) => string;
	/** geodata/sources/syria/<file> → its text. */
	readSyria: (file: string) => string;
	shapes: ReadonlyMap<string, CountryShape>;
	/** The country whose outline holds a point, for features the tables give no country. */
	countryAt: CountryAt;
	/** The box a country's places must lie in (src/lib/data/country-bounds.json). */
	bounds: Readonly<Record<string, readonly number[]>>;
	/** The team's Arabic names for GeoNames places (geodata/places/arabic-names.json). */
	reviewedNames?: readonly ReviewedName[];
}

/** An Arabic name the team wrote for a GeoNames place the catalogue lacks or misspells. */
export interface ReviewedName {
	geonames: number;
	ar: string;
	variants?: string[];
	/** The catalogue's name this one corrects. */
	replaces?: string;
}

const REVIEWED_FILE = 'geodata/places/arabic-names.json';
/** A name in Arabic letters only: no Latin transliteration, no Persian letters (پ چ ژ گ ک ی). */
const ARABIC_LETTERS = /^[\u0621-\u064a\s'-]+$/;

/**
 * The reviewed names by GeoNames id, checked against the snapshots: each error names the file, the
 * record and the field.
 */
export function reviewedNamesById(
	names: readonly ReviewedName[],
	arabic: Readonly<Record<string, string>>,
	cities: Readonly<Record<string, unknown>>
): Map<string, ReviewedName> {
	const out = new Map<string, ReviewedName>();
	names.forEach((r, i) => {
		const at = `${REVIEWED_FILE}: names[${i}] (geonames ${r.geonames})`;
		if (!Number.isInteger(r.geonames)) throw new Error(`${at}: "geonames" must be a GeoNames id`);
		for (const [field, value] of [
			['ar', r.ar],
			...(r.variants ?? []).map((v, k) => [`variants[${k}]`, v])
		] as const)
			if (typeof value !== 'string' || !ARABIC_LETTERS.test(value) || value !== value.trim())
				throw new Error(
					`${at}: "${field}" must be a name in Arabic letters, got ${JSON.stringify(value)}`
				);
		const id = String(r.geonames);
		if (out.has(id)) throw new Error(`${at}: "geonames" is listed twice`);
		if (!cities[id])
			throw new Error(
				`${at}: "geonames" is not in geonames-cities.json: re-take the snapshot (scripts/snapshot-world-sources.ts)`
			);
		const catalogue = cleanName(arabic[id] ?? '');
		if (r.replaces !== undefined && catalogue !== r.replaces)
			throw new Error(
				`${at}: "replaces" says ${JSON.stringify(r.replaces)}, the catalogue now says ${JSON.stringify(catalogue)}: review the entry`
			);
		if (r.replaces === undefined && ARABIC_LETTERS.test(catalogue))
			throw new Error(
				`${at}: the catalogue has an Arabic name (${JSON.stringify(catalogue)}): add "replaces" or drop the entry`
			);
		out.set(id, r);
	});
	return out;
}

const inBox = ([lon, lat]: [number, number], b: readonly number[]) =>
	lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/**
 * Why an entry cannot be trusted, or null: its point outside its country's box or its own (a join
 * error in a source table: two capes of one name sharing one box), or a country with no outline.
 */
export function doubtful(
	p: Pick<WorldPlace, 'country' | 'point' | 'bbox'>,
	bounds: WorldInputs['bounds']
): string | null {
	if (p.country) {
		const b = bounds[p.country];
		if (!b) return `no outline for country ${p.country}`;
		if (!inBox(p.point, b)) return `point outside ${p.country}`;
	}
	if (p.bbox && !inBox(p.point, p.bbox)) return 'point outside its own box';
	return null;
}

export const SOURCE_URL = {
	ne: 'https://www.naturalearthdata.com/',
	neAdmin0:
		'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-0-countries/',
	neAdmin1:
		'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/',
	nePlaces: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-populated-places/',
	nePhysical: 'https://www.naturalearthdata.com/downloads/10m-physical-vectors/',
	worldAtlas: 'https://github.com/topojson/world-atlas',
	geonamesAr: 'https://packages.debian.org/bookworm/libgeonames-common',
	countries: 'https://www.npmjs.com/package/i18n-iso-countries',
	cldr: 'https://cldr.unicode.org/'
} as const;

const wikidataUrl = (q: string) => `https://www.wikidata.org/wiki/${q}`;
const geonamesUrl = (id: number | string) => `https://www.geonames.org/${id}`;

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const num = (s: string | undefined) => (s === undefined || s === '' ? NaN : Number(s));

/** An ASCII kebab-case slug of an English name: "Ḩalab" → "halab", "Côte d'Ivoire" → "cote-d-ivoire". */
export function slug(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[ıİ]/g, 'i')
		.replace(/ß/g, 'ss')
		.replace(/[øØ]/g, 'o')
		.replace(/[æÆ]/g, 'ae')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Half the diagonal of a box, in metres: how far the box's centre may lie from a spot in it. */
export function boxRadiusM([w, s, e, n]: Box): number {
	const lat = ((s + n) / 2) * (Math.PI / 180);
	const dx = (e - w) * Math.cos(lat) * 111_320;
	const dy = (n - s) * 110_574;
	return Math.max(1000, Math.round(Math.hypot(dx, dy) / 2 / 1000) * 1000);
}

const boxCentre = ([w, s, e, n]: Box): [number, number] => [round((w + e) / 2), round((s + n) / 2)];

/** Importance from a Natural Earth scalerank (0 = shown at the smallest scale): 10^(top − rank). */
const fromRank = (rank: string, top: number) => {
	const r = num(rank);
	return Math.max(1, Math.round(10 ** (top - (Number.isFinite(r) ? r : 10))));
};

/** The Arab League's members: their places' Arabic names are native, not transliterated. */
export const ARABIC_SPEAKING = new Set(
	'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH'.split(' ')
);

/** Natural Earth writes -99 where a unit has no ISO code of its own; these are the ones we keep. */
const ISO_BY_A3: Record<string, string> = { FRA: 'FR', NOR: 'NO', SOL: 'SO', CYN: 'CY', KOS: 'XK' };

function isoOf(row: Record<string, string>): string | null {
	if (/^[A-Z]{2}$/.test(row.iso_a2)) return row.iso_a2;
	return ISO_BY_A3[row.adm0_a3] ?? null;
}

/** A name table's Arabic names: the main one first, then its alternatives. */
function arabicNames(raw: string): string[] {
	return raw ? splitAlternatives(raw) : [];
}

/**
 * The Arabic names GeoNames' catalogue gives a place, or none when it has none in Arabic letters
 * (it also holds Latin transliterations and Persian spellings).
 */
export function catalogueNames(catalogue: Readonly<Record<string, string>>, id: string): string[] {
	const ar = arabicNames(cleanName(catalogue[id] ?? ''));
	return ar.length && ARABIC_LETTERS.test(ar[0]) ? ar : [];
}

interface Draft extends Omit<WorldPlace, 'id'> {
	/** The id before collisions are resolved, and a suffix that makes it unique. */
	base: string;
	unique: string;
	/** A place added after others took its base id (a town named like its division): it takes
	 * the suffixed id, so that the others' ids stay what they were. */
	yieldsId?: boolean;
}

function countriesOf(inputs: WorldInputs, cldr: Cldr): Draft[] {
	const out: Draft[] = [];
	for (const row of readCsv(inputs.read('ne10m_admin0_countries_names.csv'))) {
		const iso = isoOf(row);
		if (!iso) continue;
		const own = /^[A-Z]{2}$/.test(row.iso_a2) || ISO_BY_A3[row.adm0_a3] === row.iso_a2;
		const shape = inputs.shapes.get(iso);
		// A unit without an outline of its own in world-atlas (Somaliland, Northern Cyprus) is a region
		// of the country whose code it borrows; its point is then unknown here, so it is left out.
		if (!shape || (!own && !['FRA', 'NOR'].includes(row.adm0_a3))) continue;
		const ar = [
			...arabicNames(row.name_ar),
			...[
				countries.getName(iso, 'ar'),
				cldr.ar[iso],
				cldr.ar[`${iso}-alt-short`],
				cldr.ar[`${iso}-alt-variant`]
			]
				.filter((n): n is string => !!n)
				.flatMap(splitAlternatives)
		];
		const en = [
			row.name_en,
			countries.getName(iso, 'en'),
			cldr.en[iso],
			cldr.en[`${iso}-alt-short`]
		].filter((n): n is string => !!n);
		out.push({
			base: slug(row.name_en),
			unique: iso.toLowerCase(),
			kind: 'country',
			country: iso,
			name: { ar: ar[0], en: row.name_en },
			variants: { ar: ar.slice(1), en: en.slice(1) },
			point: shape.point,
			bbox: shape.box,
			precision_m: boxRadiusM(shape.box),
			importance: 1e8,
			sources: [
				SOURCE_URL.neAdmin0,
				SOURCE_URL.worldAtlas,
				SOURCE_URL.countries,
				SOURCE_URL.cldr,
				...(row.wikidataid ? [wikidataUrl(row.wikidataid)] : [])
			],
			...(row.wikidataid ? { wikidata: row.wikidataid } : {})
		});
	}
	return out;
}

interface Cldr {
	ar: Record<string, string>;
	en: Record<string, string>;
	containment: Record<string, { _contains?: string[] }>;
}

/** The box around boxes; a member whose box dwarfs the others' (Russia in Eastern Europe) is left
 * out, so a region is framed where most of it lies. */
function joinBoxes(boxes: Box[]): Box {
	const join = (bs: Box[]): Box => [
		Math.min(...bs.map((b) => b[0])),
		Math.min(...bs.map((b) => b[1])),
		Math.max(...bs.map((b) => b[2])),
		Math.max(...bs.map((b) => b[3]))
	];
	const size = ([w, s, e, n]: Box) => (e - w) * (n - s);
	if (boxes.length < 3) return join(boxes);
	const kept = boxes.filter((b, i) => size(b) <= size(join(boxes.filter((_, j) => j !== i))));
	return join(kept.length ? kept : boxes);
}

interface CuratedRegion {
	id: string;
	name: { ar: string; en: string };
	variants: { ar: string[]; en: string[] };
	/** Countries or divisions the region is made of; or, for a sea, a strait or a land no table
	 * divides (الحجاز، مضيق هرمز), its extent read from `source`: */
	members?: string[];
	bbox?: Box;
	/** The point and precision of an ocean whose box is only its part east of the antimeridian. */
	point?: [number, number];
	precision_m?: number;
	kind?: 'region' | 'sea';
	country?: string;
	/** By default 1e9, or 1e5 (a province's) for a boxed region inside one country. */
	importance?: number;
	source: string;
}

/** A curated region given by its own extent (or point), as its source reads. */
function boxedRegion(r: CuratedRegion): Draft {
	const box = r.bbox;
	const point = r.point ?? (box ? boxCentre(box) : undefined);
	const precision = r.precision_m ?? (box ? boxRadiusM(box) : undefined);
	if (!box || !point || !precision)
		throw new Error(`world-regions.json: "${r.id}": members or a bbox needed`);
	return {
		base: r.id,
		unique: r.id,
		kind: r.kind ?? 'region',
		country: r.country ?? null,
		name: r.name,
		variants: { ar: [...r.variants.ar], en: [...r.variants.en] },
		point,
		bbox: box,
		precision_m: precision,
		importance: r.importance ?? (r.country ? 1e5 : 1e9),
		sources: [r.source]
	};
}

/** Regions news names that no table holds (geodata/places/world-regions.json), boxed by members. */
export function curatedRegionsOf(inputs: WorldInputs, regions: readonly CuratedRegion[]): Draft[] {
	const rows = readCsv(inputs.read('ne10m_admin1_names.csv'));
	// A division by its ISO 3166-2 code ("ES-B") or as "<English name>|<ISO country>".
	const admin1 = new Map([
		...rows.map((r) => [`${r.name_en}|${isoOf(r)}`, r] as const),
		...rows.filter((r) => r.iso_3166_2).map((r) => [r.iso_3166_2, r] as const)
	]);
	return regions.map((r) => {
		if (!r.members) return boxedRegion(r);
		const boxes = r.members.map((m): Box => {
			const country = inputs.shapes.get(m)?.box;
			if (country) return country;
			const row = admin1.get(m);
			if (!row) throw new Error(`world-regions.json: "${r.id}": no country or division "${m}"`);
			const [lon, lat] = [num(row.lon), num(row.lat)];
			return [lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5];
		});
		const box = joinBoxes(boxes).map((x) => round(x, 2)) as Box;
		const countryOf = (m: string) => (m.includes('|') ? m.slice(-2) : m.slice(0, 2));
		const country = r.members.every(
			(m) => /[|-]/.test(m) && countryOf(m) === countryOf(r.members![0])
		)
			? countryOf(r.members[0])
			: null;
		return {
			base: r.id,
			unique: r.id,
			kind: 'region',
			country,
			name: r.name,
			variants: { ar: [...r.variants.ar], en: [...r.variants.en] },
			point: boxCentre(box),
			bbox: box,
			precision_m: boxRadiusM(box),
			importance: r.importance ?? (country ? 1e6 : 1e9),
			sources: [r.source, SOURCE_URL.neAdmin1, SOURCE_URL.worldAtlas]
		};
	});
}

/** Continents and UN M49 world regions (CLDR's names), boxed by the countries they contain. */
function worldRegionsOf(inputs: WorldInputs, cldr: Cldr): Draft[] {
	const CONTINENTS = new Set(['002', '009', '019', '142', '150']);
	const members = (code: string): string[] =>
		(cldr.containment[code]?._contains ?? []).flatMap((c) =>
			/^\d{3}$/.test(c) ? members(c) : [c]
		);
	const out: Draft[] = [];
	for (const code of Object.keys(cldr.containment).sort()) {
		if (!/^\d{3}$/.test(code) || code === '001' || !cldr.ar[code] || !cldr.en[code]) continue;
		const boxes = members(code)
			.map((iso) => inputs.shapes.get(iso)?.box)
			.filter((b): b is Box => !!b);
		if (!boxes.length) continue;
		const box = joinBoxes(boxes);
		const continent = CONTINENTS.has(code);
		out.push({
			base: slug(cldr.en[code]),
			unique: `m49-${code}`,
			kind: continent ? 'continent' : 'region',
			country: null,
			name: { ar: cleanName(cldr.ar[code]), en: cldr.en[code] },
			variants: { ar: [], en: [] },
			point: boxCentre(box),
			bbox: box,
			precision_m: boxRadiusM(box),
			importance: continent ? 5e9 : 1e9,
			sources: [SOURCE_URL.cldr, `https://unstats.un.org/unsd/methodology/m49/#${code}`]
		});
	}
	return out;
}

function admin1Of(inputs: WorldInputs): Draft[] {
	const out: Draft[] = [];
	for (const row of readCsv(inputs.read('ne10m_admin1_names.csv'))) {
		const iso = isoOf(row);
		const lon = num(row.lon);
		const lat = num(row.lat);
		if (!iso || !row.name_ar || !row.name_en || !Number.isFinite(lon + lat)) continue;
		const ar = arabicNames(row.name_ar);
		out.push({
			base: `${slug(row.name_en)}-${iso.toLowerCase()}`,
			unique: slug(row.iso_3166_2 || row.ne_id),
			kind: 'admin1',
			country: iso,
			name: { ar: ar[0], en: row.name_en },
			variants: { ar: ar.slice(1), en: [] },
			point: [round(lon), round(lat)],
			// NE gives a label point and no extent: the precision is a province's typical radius.
			precision_m: 50_000,
			// Arabic news names the provinces of the Arab world as often as a city of 100,000; of
			// elsewhere, only the largest (Natural Earth's scale rank up to 3) that often.
			importance: ARABIC_SPEAKING.has(iso) || num(row.scalerank) <= 3 ? 100_000 : 10_000,
			sources: [SOURCE_URL.neAdmin1, ...(row.wikidataid ? [wikidataUrl(row.wikidataid)] : [])],
			...(row.wikidataid ? { wikidata: row.wikidataid } : {})
		});
	}
	return out;
}

type CityRow = [string, string, string, string, number, number, number];

const cityKind = (code: string, pop: number): PlaceKind =>
	code === 'PPLC'
		? 'capital'
		: pop >= 100_000 || code.startsWith('PPLA')
			? 'city'
			: pop >= 5_000
				? 'town'
				: 'village';

const CITY_PRECISION: Partial<Record<PlaceKind, number>> = {
	capital: 5000,
	city: 3000,
	town: 2000,
	village: 1000
};

/**
 * English names that Natural Earth's 50m places table gets wrong, by `ne_id`, each as the row's
 * Wikidata item names the place: Laayoune (Q47837, Arabic العيون) is "souk ahras" there.
 */
const NE_ENGLISH_FIXES: Readonly<Record<string, string>> = { '1159149741': 'Laayoune' };

function citiesOf(inputs: WorldInputs): Draft[] {
	const arabic = JSON.parse(inputs.read('geonames-ar.json')) as Record<string, string>;
	const cities = JSON.parse(inputs.read('geonames-cities.json')) as Record<string, CityRow>;
	const reviewed = reviewedNamesById(inputs.reviewedNames ?? [], arabic, cities);
	const seats = seatNames(
		readCsv(inputs.read('ne10m_admin1_names.csv')),
		readCsv(inputs.read('ne50m_populated_places_names.csv')),
		Object.entries(cities).map(([id, [name, country, featureCode, , population, lon, lat]]) => ({
			id,
			name,
			country,
			featureCode,
			population,
			lon,
			lat
		})),
		(id) => reviewed.has(id) || catalogueNames(arabic, id).length > 0
	);
	const out: Draft[] = [];
	for (const [id, [en, iso, code, , population, lon, lat]] of Object.entries(cities)) {
		const r = reviewed.get(id);
		const seat = seats.get(id);
		// The team's name first, then the catalogue's, then the division's the town seats.
		const ar = r ? [r.ar, ...(r.variants ?? [])] : seat ? [seat.ar] : catalogueNames(arabic, id);
		if (!ar.length) continue;
		const kind = cityKind(code, population);
		out.push({
			base: `${slug(en)}-${iso.toLowerCase()}`,
			unique: `gn${id}`,
			kind,
			country: iso,
			name: { ar: ar[0], en },
			variants: { ar: ar.slice(1), en: [] },
			point: [round(lon), round(lat)],
			precision_m: CITY_PRECISION[kind]!,
			importance: kind === 'capital' ? Math.max(population, 500_000) : Math.max(1, population),
			...(seat ? { yieldsId: true } : {}),
			sources: seat
				? [
						geonamesUrl(id),
						SOURCE_URL.neAdmin1,
						...(seat.wikidata ? [wikidataUrl(seat.wikidata)] : [])
					]
				: [geonamesUrl(id), SOURCE_URL.geonamesAr],
			geonames: Number(id)
		});
	}
	for (const row of readCsv(inputs.read('ne50m_populated_places_names.csv'))) {
		const en = NE_ENGLISH_FIXES[row.ne_id] ?? row.name_en;
		const iso = isoOf(row);
		const lon = num(row.lon);
		const lat = num(row.lat);
		if (
			!iso ||
			!row.name_ar ||
			row.featurecla === 'Scientific station' ||
			!Number.isFinite(lon + lat)
		)
			continue;
		const ar = arabicNames(row.name_ar);
		const pop = num(row.pop_max) || 0;
		const kind: PlaceKind = row.featurecla.startsWith('Admin-0 capital')
			? 'capital'
			: pop >= 100_000
				? 'city'
				: 'town';
		out.push({
			base: `${slug(en)}-${iso.toLowerCase()}`,
			unique: `ne${row.ne_id}`,
			kind,
			country: iso,
			name: { ar: ar[0], en },
			variants: { ar: ar.slice(1), en: [] },
			point: [round(lon), round(lat)],
			precision_m: CITY_PRECISION[kind]!,
			importance: kind === 'capital' ? Math.max(pop, 500_000) : Math.max(1, pop),
			sources: [SOURCE_URL.nePlaces, ...(row.wikidataid ? [wikidataUrl(row.wikidataid)] : [])],
			...(row.wikidataid ? { wikidata: row.wikidataid } : {})
		});
	}
	return out;
}

interface SyriaUnit {
	pcode: string;
	name_en: string;
	name_ar: string;
	aliases_ar: string[];
	aliases_en: string[];
	lat: number;
	lon: number;
	area_km2: number;
	population: number | null;
	geonames: string | null;
	wikidata: string | null;
}

const OPEN_SYRIA_URL = 'https://github.com/Open-Syria/data-geography';
const OCHA_SYR_URL = 'https://data.humdata.org/dataset/cod-ab-syr';

/**
 * Syria's districts and sub-districts (OCHA COD-AB units, from Open-Syria's extract: centroid,
 * area, 2004 census population). A unit's point is its centroid; its precision the radius of a
 * circle of its area.
 */
function syriaAdminOf(read: (file: string) => string): Draft[] {
	const out: Draft[] = [];
	for (const [file, kind, suffix] of [
		['syria-districts.json', 'district', 'district'],
		['syria-subdistricts.json', 'subdistrict', 'subdistrict']
	] as const) {
		for (const u of JSON.parse(read(file)) as SyriaUnit[])
			out.push({
				base: `${slug(u.name_en)}-${suffix}`,
				unique: u.pcode.toLowerCase(),
				kind,
				country: 'SY',
				name: { ar: cleanName(u.name_ar), en: u.name_en },
				variants: { ar: u.aliases_ar.map(cleanName), en: u.aliases_en },
				point: [round(u.lon), round(u.lat)],
				precision_m: Math.max(1000, Math.round(Math.sqrt(u.area_km2 / Math.PI)) * 1000),
				importance: Math.max(1, u.population ?? 1),
				sources: [
					OCHA_SYR_URL,
					OPEN_SYRIA_URL,
					...(u.geonames ? [geonamesUrl(u.geonames)] : []),
					...(u.wikidata ? [wikidataUrl(u.wikidata)] : [])
				],
				...(u.wikidata ? { wikidata: u.wikidata } : {}),
				...(u.geonames ? { geonames: Number(u.geonames) } : {})
			});
	}
	return out;
}

/** Natural Earth's physical feature classes → our kinds (null: left out). */
const PHYSICAL_KIND: Record<string, PlaceKind | null> = {
	ocean: 'sea',
	sea: 'sea',
	bay: 'sea',
	gulf: 'sea',
	strait: 'sea',
	sound: 'sea',
	channel: 'sea',
	fjord: 'sea',
	lagoon: 'sea',
	inlet: 'sea',
	reef: 'sea',
	river: 'river',
	Island: 'island',
	'Island group': 'island',
	island: 'island',
	'island group': 'island',
	'Range/mtn': 'mountain',
	mountain: 'mountain',
	Desert: 'desert',
	Continent: 'continent',
	Geoarea: 'region',
	Plateau: 'landform',
	plateau: 'landform',
	'Pen/cape': 'landform',
	Peninsula: 'landform',
	Coast: 'landform',
	Plain: 'landform',
	plain: 'landform',
	Delta: 'landform',
	Basin: 'landform',
	Valley: 'landform',
	Lowland: 'landform',
	Isthmus: 'landform',
	Wetlands: 'landform',
	Gorge: 'landform',
	Foothills: 'landform',
	Depression: 'landform',
	depression: 'landform',
	Tundra: 'landform',
	pass: 'landform',
	cape: 'landform',
	waterfall: 'landform',
	Lake: 'lake',
	'Alkaline Lake': 'lake',
	Reservoir: 'lake',
	pole: null,
	'Dragons-be-here': null
};

function physicalOf(inputs: WorldInputs): Draft[] {
	const tables: [string, number, string][] = [
		['ne10m_marine_names.csv', 8, 'marine'],
		['ne10m_regions_names.csv', 8, 'region'],
		['ne10m_region_points_names.csv', 6, 'point'],
		['ne10m_elevation_points_names.csv', 6, 'peak'],
		['ne10m_lakes_names.csv', 8, 'lake'],
		['ne10m_rivers_names.csv', 8, 'river']
	];
	const out: Draft[] = [];
	for (const [file, top, tag] of tables) {
		// Rivers come one row per segment: join a river's segments (same ne_id or name) into one box.
		const groups = new Map<string, Record<string, string>[]>();
		for (const row of readCsv(inputs.read(file))) {
			if (!row.name_ar || !row.name_en) continue;
			const key = tag === 'river' ? `${row.name_en}|${row.wikidataid || row.name}` : row.ne_id;
			groups.set(key, [...(groups.get(key) ?? []), row]);
		}
		for (const rows of groups.values()) {
			const row = rows[0];
			const kind =
				PHYSICAL_KIND[row.featurecla] ??
				(tag === 'lake' ? 'lake' : tag === 'river' ? 'river' : undefined);
			if (!kind) continue;
			const boxes = rows
				.map((r) => [num(r.west), num(r.south), num(r.east), num(r.north)] as Box)
				.filter((b) => b.every(Number.isFinite));
			const box: Box | undefined = boxes.length
				? [
						Math.min(...boxes.map((b) => b[0])),
						Math.min(...boxes.map((b) => b[1])),
						Math.max(...boxes.map((b) => b[2])),
						Math.max(...boxes.map((b) => b[3]))
					]
				: undefined;
			const lon = num(row.lon);
			const lat = num(row.lat);
			const point: [number, number] | null =
				tag === 'river' && box
					? boxCentre(box)
					: Number.isFinite(lon + lat)
						? [round(lon), round(lat)]
						: box
							? boxCentre(box)
							: null;
			if (!point) continue;
			// A box across the antimeridian spans the world in these tables, and its centre (the table's
			// point for regions) means nothing: such a feature is left out.
			if (box && box[2] - box[0] > 180) continue;
			const isArea = box && (box[2] - box[0] > 0.01 || box[3] - box[1] > 0.01);
			// A feature drawn as a point (a peak, a cape, a small island) lies in one country, found by
			// its outline; one at sea with no box of its own has nowhere to be checked, and is left out.
			const country = isArea ? null : inputs.countryAt(point);
			if (!isArea && !country) continue;
			const ar = arabicNames(row.name_ar);
			const rank = Math.min(...rows.map((r) => num(r.scalerank)).filter(Number.isFinite));
			out.push({
				base: slug(row.name_en),
				unique: `ne${row.ne_id}`,
				kind,
				country,
				name: { ar: ar[0], en: row.name_en },
				variants: { ar: ar.slice(1), en: [] },
				point,
				...(isArea ? { bbox: box } : {}),
				precision_m: isArea ? boxRadiusM(box!) : 1000,
				importance: kind === 'continent' ? 5e9 : fromRank(String(rank), top),
				sources: [SOURCE_URL.nePhysical, ...(row.wikidataid ? [wikidataUrl(row.wikidataid)] : [])],
				...(row.wikidataid ? { wikidata: row.wikidataid } : {})
			});
		}
	}
	return out;
}

/** What a curated place claims, so the world part does not add it a second time. */
export interface Claim {
	id: string;
	kind: string;
	country: string | null;
	names: string[];
	point: [number, number] | null;
	geonames?: number;
	wikidata?: string;
}

const km = ([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]) => {
	const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
	return Math.hypot(x, lat2 - lat1) * 111.2;
};

/** Within this distance, two entries of the same name and country are one place. */
const SAME_PLACE_KM = 30;
const SETTLEMENTS = new Set<string>(['capital', 'city', 'town', 'village']);
const AREAS = new Set<string>(['admin1', 'district', 'subdistrict', 'region']);
const family = (kind: string) =>
	SETTLEMENTS.has(kind) ? 'settlement' : AREAS.has(kind) ? 'area' : kind;

/**
 * The world part of the gazetteer. Entries that a curated place already stands for (same GeoNames
 * or Wikidata id, same country code for a country, or same name, country and kind family within
 * 30 km) are left out: the curated place keeps its id. Duplicates between the world sources
 * (Natural Earth and GeoNames naming one town) are merged the same way, keeping the more
 * important entry and the other's names and ids.
 */
export function worldPlaces(
	inputs: WorldInputs,
	claims: readonly Claim[],
	regions: readonly CuratedRegion[] = [],
	/** Receives a line for each entry left out as doubtful. */
	left: string[] = []
): WorldPlace[] {
	const cldr = JSON.parse(inputs.read('cldr-territories.json')) as Cldr;
	const drafts = [
		...curatedRegionsOf(inputs, regions),
		...worldRegionsOf(inputs, cldr),
		...countriesOf(inputs, cldr),
		...citiesOf(inputs),
		...admin1Of(inputs),
		...syriaAdminOf(inputs.readSyria),
		...physicalOf(inputs)
	].sort(
		(a, b) => b.importance - a.importance || (a.base + a.unique).localeCompare(b.base + b.unique)
	);

	const byKey = new Map<string, (Claim | Draft)[]>();
	const keyOf = (name: string, country: string | null, kind: string) =>
		`${normaliseName(name)}|${country ?? ''}|${family(kind)}`;
	const curatedCountries = new Set(
		claims.filter((c) => c.kind === 'country').map((c) => c.country)
	);
	const curatedIds = new Set(
		claims.flatMap((c) => [c.geonames && `gn${c.geonames}`, c.wikidata].filter(Boolean))
	);
	for (const c of claims)
		for (const n of c.names) {
			const k = keyOf(n, c.country, c.kind);
			byKey.set(k, [...(byKey.get(k) ?? []), c]);
		}
	const kept: Draft[] = [];
	for (const d of drafts) {
		const doubt = doubtful(d, inputs.bounds);
		if (doubt) {
			left.push(`${d.name.en} (${d.unique}): ${doubt}`);
			continue;
		}
		if (d.kind === 'country' && curatedCountries.has(d.country)) continue;
		if (
			(d.geonames && curatedIds.has(`gn${d.geonames}`)) ||
			(d.wikidata && curatedIds.has(d.wikidata))
		)
			continue;
		const keys = [d.name.ar, d.name.en].map((n) => keyOf(n, d.country, d.kind));
		const same = keys
			.flatMap((k) => byKey.get(k) ?? [])
			.find(
				(o) =>
					!o.point ||
					km(o.point, d.point) <= SAME_PLACE_KM ||
					(d.bbox &&
						o.point[0] >= d.bbox[0] &&
						o.point[0] <= d.bbox[2] &&
						o.point[1] >= d.bbox[1] &&
						o.point[1] <= d.bbox[3])
			);
		if (same) {
			if ('base' in same) {
				// Merge into the more important entry seen first.
				for (const n of [d.name.ar, ...d.variants.ar])
					if (n !== same.name.ar && !same.variants.ar.includes(n)) same.variants.ar.push(n);
				for (const n of [d.name.en, ...d.variants.en])
					if (n !== same.name.en && !same.variants.en.includes(n)) same.variants.en.push(n);
				same.geonames ??= d.geonames;
				same.wikidata ??= d.wikidata;
				for (const s of d.sources) if (!same.sources.includes(s)) same.sources.push(s);
			}
			continue;
		}
		kept.push(d);
		for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), d]);
	}

	// A division named like its chief town and drawn on it (Washington, D.C.; محافظة بيروت) adds
	// nothing but a second reading of the town's name: the town stands for both. Not a town that
	// only its division names (seat-names.ts): the division was there first, and keeps its id.
	const settlements = new Map<string, [number, number][]>();
	for (const o of [...claims, ...kept])
		if (SETTLEMENTS.has(o.kind) && o.point && !('yieldsId' in o && o.yieldsId))
			for (const n of 'names' in o ? o.names : [o.name.ar, o.name.en]) {
				const k = `${normaliseName(n)}|${o.country ?? ''}`;
				settlements.set(k, [...(settlements.get(k) ?? []), o.point]);
			}
	const distinct = kept.filter(
		(d) =>
			!AREAS.has(d.kind) ||
			![d.name.ar, d.name.en].some((n) =>
				(settlements.get(`${normaliseName(n)}|${d.country ?? ''}`) ?? []).some(
					(pt) => km(pt, d.point) <= SAME_PLACE_KM
				)
			)
	);

	const taken = new Set(claims.map((c) => c.id));
	const idOf = ({ base, unique }: Draft) => {
		let id = base || unique;
		if (taken.has(id)) id = `${base}-${unique}`.replace(/^-/, '');
		for (let n = 2; taken.has(id); n++) id = `${base}-${unique}-${n}`;
		taken.add(id);
		return id;
	};
	// The places that yield take their ids last; the output keeps the order of importance.
	const ids = new Map<Draft, string>();
	for (const d of distinct) if (!d.yieldsId) ids.set(d, idOf(d));
	for (const d of distinct) if (d.yieldsId) ids.set(d, idOf(d));
	return distinct.map((d) => {
		const { base: _base, unique: _unique, yieldsId: _yields, ...p } = d;
		const id = ids.get(d)!;
		const variants = {
			ar: [...new Set(p.variants.ar.map(cleanName))].filter((v) => v && v !== p.name.ar),
			en: [...new Set(p.variants.en)].filter((v) => v && v !== p.name.en)
		};
		return { id, ...p, variants, ...(p.geonames ? { geonames: p.geonames } : {}) };
	});
}
