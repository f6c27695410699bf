/**
 * Derives the places that are computed rather than curated, and per-place spatial facts:
 *
 * - geodata/places/derived.geojson: the Turkey–Syria border (whole, and east of the Euphrates), the
 *   30 km zone Turkey demanded (whole, and east of the Euphrates), and north-east Syria as the union
 *   of three OCHA governorates. Same property schema as geodata/places/places.geojson.
 * - geodata/places/spatial-facts.json: for every Point place, its distance and side of the border,
 *   whether it lies in the zone, and its distance and direction from the story's centre.
 *
 * The story's centre is al-Hasakah's point (STORY_CENTRE_ID): the governorate seat nearest the
 * article's places (al-Sina'a prison is in the city, al-Hol 50 km away). The centre itself gets
 * `from_centre: null`.
 *
 * Run: npx tsx scripts/build-spatial.ts (deterministic: a second run writes the same bytes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { area, featureCollection, length, simplify, truncate, union } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon
} from 'geojson';
import { sharedBorder } from '../src/lib/geo/shared-border';
import { clipEastOf } from '../src/lib/geo/clip-east-of';
import { bufferClip } from '../src/lib/geo/buffer-clip';
import { distanceToLine } from '../src/lib/geo/distance-to-line';
import { sideOfLine, type Side } from '../src/lib/geo/side-of-line';
import { bearingDistance, type CompassAr, type CompassEn } from '../src/lib/geo/bearing-distance';
import { withinTolerance } from '../src/lib/geo/within-tolerance';
import { SOURCES, readWorldAtlas, worldAtlasCountries } from './build-basemap';
import { ROOT } from './lib-files';
import { indented } from './geojson-text';

export const PLACES_DIR = join(ROOT, 'geodata/places');

/** world-atlas (ISO 3166-1 numeric) ids. */
export const SYRIA_ID = '760';
export const TURKEY_ID = '792';
/** The meridian of the Euphrates crossing at Jarabulus (FACTS.md). Natural Earth's Euphrates
 * crosses its border line at 38.026° E, 0.4 km west of it. */
export const EUPHRATES_LON = 38.03;
/** The depth Erdoğan named on 2022-12-03. */
export const ZONE_DEPTH_KM = 30;
/**
 * Natural Earth 10m puts the Syria–Turkey border 0.5–1.5 km off the real one (FACTS.md), so border
 * towns (Kobani 0.5 km, Tal Abyad 0.5 km) fall just outside its Syria polygon. Within this distance of
 * the line the data cannot tell the sides apart: there a place's curated `country` decides its side,
 * and a place this close to Syria's polygon counts as in Syria. Towns are never moved.
 */
export const ZONE_TOLERANCE_KM = 1.5;
export const STORY_CENTRE_ID = 'al-hasakah';
/** OCHA P-codes of al-Hasakah, Deir ez-Zor and ar-Raqqa governorates. */
export const NORTH_EAST_PCODES = ['SY08', 'SY09', 'SY11'];
/** Simplification of north-east Syria in degrees (about 500 m). */
export const NORTH_EAST_TOLERANCE = 0.005;

const WORLD_ATLAS = 'https://github.com/topojson/world-atlas/tree/v2.0.2';
const NATURAL_EARTH = 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/';
const WIKI_BORDER = 'https://en.wikipedia.org/wiki/Syria%E2%80%93Turkey_border';
const CIA_SYRIA = 'https://www.cia.gov/the-world-factbook/countries/syria/';
const HURRIYET =
	'https://www.hurriyetdailynews.com/turkiye-to-complete-30-kilometer-deep-security-corridor-erdogan-179035';
const DEVDISCOURSE =
	'https://www.devdiscourse.com/article/law-order/2262648-erdogan-says-turkey-will-launch-syria-land-operation-when-convenient';
const OCHA_HDX = 'https://data.humdata.org/dataset/cod-ab-syr';
const AANES = 'https://en.wikipedia.org/wiki/Autonomous_Administration_of_North_and_East_Syria';

type Area = Polygon | MultiPolygon;
type Bilingual = { ar: string; en: string };

export interface DerivedProperties {
	name: Bilingual;
	variants: { ar: string[]; en: string[] };
	kind: 'border' | 'region';
	country: string | null;
	precision_m: number;
	sources: string[];
	note?: Bilingual;
	statement?: Bilingual;
	derivation: string;
	length_km?: number;
	area_km2?: number;
}
export type DerivedFeature = Feature<LineString | MultiLineString | Area, DerivedProperties> & {
	id: string;
};

export interface PlaceFacts {
	border_distance_km: number;
	border_side: Side;
	in_zone: boolean;
	from_centre: {
		distance_km: number;
		bearing_deg: number;
		compass_en: CompassEn;
		compass_ar: CompassAr;
	} | null;
}

interface Place {
	type: 'Feature';
	id: string;
	geometry: Point | LineString | Polygon | null;
	properties: { country: string | null };
}

export interface Spatial {
	derived: FeatureCollection<DerivedFeature['geometry'], DerivedProperties>;
	facts: Record<string, PlaceFacts>;
	syria: Feature<Area>;
	border: Feature<LineString>;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const km = (f: Feature<LineString | MultiLineString>) => round(length(f, { units: 'kilometers' }));
const km2 = (f: Feature<Area>) => round(area(f) / 1e6);

export function readPlaces(): Place[] {
	const text = readFileSync(join(PLACES_DIR, 'places.geojson'), 'utf8');
	return (JSON.parse(text) as { features: Place[] }).features;
}

/** Everything this step derives, in memory. */
export function computeSpatial(places: Place[] = readPlaces()): Spatial {
	const topology = readWorldAtlas();
	const syria = worldAtlasCountries(topology).features.find((f) => String(f.id) === SYRIA_ID);
	if (!syria) throw new Error(`build-spatial: no country with id ${SYRIA_ID} in world-atlas`);

	const rawBorder = sharedBorder(topology, SYRIA_ID, TURKEY_ID);
	if (rawBorder.geometry.type !== 'LineString') {
		throw new Error('build-spatial: expected the Syria–Turkey border to be one line');
	}
	const border = truncate(rawBorder as Feature<LineString>, { precision: 5 });
	const borderEast = clipEastOf(border, EUPHRATES_LON);
	const zoneRaw = bufferClip(border, ZONE_DEPTH_KM, syria);
	if (!borderEast || !zoneRaw) throw new Error('build-spatial: the border or zone came out empty');
	const zone = truncate(zoneRaw, { precision: 5 });
	const zoneEast = clipEastOf(zone, EUPHRATES_LON);
	if (!zoneEast) throw new Error('build-spatial: nothing of the zone lies east of the Euphrates');
	const northEast = northEastSyria();

	const borderLength = km(border);
	const eastLength = km(borderEast);
	const features: DerivedFeature[] = [
		{
			type: 'Feature',
			id: 'turkey-syria-border',
			geometry: border.geometry,
			properties: {
				name: { ar: 'الحدود السورية التركية', en: 'Turkey–Syria border' },
				variants: { ar: ['الحدود التركية السورية'], en: ['Syria–Turkey border'] },
				kind: 'border',
				country: null,
				precision_m: 1500,
				sources: [WORLD_ATLAS, NATURAL_EARTH, WIKI_BORDER, CIA_SYRIA],
				note: {
					en: `Natural Earth 10m draws it ${borderLength} km long: generalised, shorter than the official 899 km (CIA World Factbook) or 909–911 km (Wikipedia).`,
					ar: `يبلغ طولها على خريطة Natural Earth بمقياس 1:10 ملايين ${borderLength} كم، وهي مبسطة فتقل عن الطول الرسمي: 899 كم (كتاب حقائق العالم) أو 909–911 كم (ويكيبيديا).`
				},
				derivation:
					'The arc shared by the Syria and Turkey polygons of Natural Earth 10m (world-atlas 2.0.2, topojson.mesh), ordered west to east.',
				length_km: borderLength
			}
		},
		{
			type: 'Feature',
			id: 'turkey-syria-border-east',
			geometry: borderEast.geometry,
			properties: {
				name: {
					ar: 'الحدود السورية التركية شرق الفرات',
					en: 'Turkey–Syria border east of the Euphrates'
				},
				variants: { ar: [], en: [] },
				kind: 'border',
				country: null,
				precision_m: 1500,
				sources: [WORLD_ATLAS, WIKI_BORDER],
				note: {
					en: `From the Euphrates crossing at Jarabulus to the Tigris tripoint: ${eastLength} km on Natural Earth 10m; Wikipedia says "some 400 km".`,
					ar: `من معبر الفرات عند جرابلس إلى نقطة التقاء الحدود على دجلة: ${eastLength} كم على خريطة Natural Earth؛ وتقول ويكيبيديا إنها نحو 400 كم.`
				},
				derivation: `The Turkey–Syria border east of the meridian ${EUPHRATES_LON}° E (the Euphrates crossing at Jarabulus), cut at a point interpolated on the crossing segment.`,
				length_km: eastLength
			}
		},
		{
			type: 'Feature',
			id: 'turkey-syria-border-zone',
			geometry: zone.geometry,
			properties: {
				name: {
					ar: 'الممر الأمني بعمق 30 كيلومتراً',
					en: '30 km security corridor (Turkey’s demand)'
				},
				variants: { ar: ['المنطقة الآمنة'], en: ['30-kilometre-deep security corridor'] },
				kind: 'region',
				country: 'SY',
				precision_m: 1500,
				sources: [HURRIYET, DEVDISCOURSE, WORLD_ATLAS],
				statement: {
					en: 'Erdoğan, 3 December 2022: Turkey will "definitely complete the 30-kilometre-deep security corridor". On 23 November 2022 he named Tal Rifaat, Manbij and Kobani as where it would start.',
					ar: 'أردوغان، 3 كانون الأول 2022: تركيا "ستستكمل حتماً الممر الأمني بعمق 30 كيلومتراً" (ترجمة). وفي 23 تشرين الثاني 2022 سمّى تل رفعت ومنبج وعين العرب (كوباني) منطلقاً له.'
				},
				note: {
					en: 'Every part of Syria within 30 km of the Natural Earth border line: an illustration of the stated depth, not a line Turkey has published. Its edge carries Natural Earth’s 0.5–1.5 km error.',
					ar: 'كل ما يقع من الأراضي السورية على بعد 30 كم أو أقل من خط الحدود في Natural Earth: توضيح للعمق المعلن، لا خط نشرته تركيا. يحمل حدُّه خطأ الخريطة (0.5–1.5 كم).'
				},
				derivation: `The ${ZONE_DEPTH_KM} km buffer of the whole Turkey–Syria border line (turf.buffer, 64 steps) intersected with Natural Earth 10m Syria.`,
				area_km2: km2(zone)
			}
		},
		{
			type: 'Feature',
			id: 'turkey-syria-border-zone-east',
			geometry: zoneEast.geometry,
			properties: {
				name: {
					ar: 'الممر الأمني بعمق 30 كيلومتراً شرق الفرات',
					en: '30 km security corridor east of the Euphrates'
				},
				variants: { ar: [], en: [] },
				kind: 'region',
				country: 'SY',
				precision_m: 1500,
				sources: [HURRIYET, WORLD_ATLAS],
				derivation: `The part of the 30 km border zone east of the meridian ${EUPHRATES_LON}° E (the Euphrates crossing at Jarabulus).`,
				area_km2: km2(zoneEast)
			}
		},
		{
			type: 'Feature',
			id: 'north-east-syria',
			geometry: northEast.geometry,
			properties: {
				name: { ar: 'شمال شرقي سوريا', en: 'north-east Syria' },
				variants: { ar: ['شمال شرق سوريا', 'شمال شرقي سورية'], en: ['northeast Syria'] },
				kind: 'region',
				country: 'SY',
				precision_m: 20000,
				sources: [OCHA_HDX, AANES],
				note: {
					en: 'An approximation: the governorates of al-Hasakah, ar-Raqqa and Deir ez-Zor, for the area the article calls north-east Syria. The area the SDF held in 2022 follows front lines, not governorate lines (it includes Manbij and Kobani, not all of Deir ez-Zor).',
					ar: 'تقريب: محافظات الحسكة والرقة ودير الزور، للمنطقة التي يسميها المقال شمال شرقي سوريا. أما مناطق سيطرة قسد عام 2022 فتتبع خطوط الجبهات لا حدود المحافظات (تشمل منبج وعين العرب، ولا تشمل كل دير الزور).'
				},
				derivation: `The union of the OCHA COD-AB governorates ${NORTH_EAST_PCODES.join(', ')} (al-Hasakah, Deir ez-Zor, ar-Raqqa), simplified with turf.simplify (tolerance ${NORTH_EAST_TOLERANCE}°, high quality).`,
				area_km2: km2(northEast)
			}
		}
	];

	return {
		derived: { type: 'FeatureCollection', features },
		facts: placeFacts(places, border, syria),
		syria,
		border
	};
}

function northEastSyria(): Feature<Area> {
	const ocha: FeatureCollection<Area, { id: string }> = JSON.parse(
		readFileSync(join(SOURCES, 'ocha_syr_admin1.geojson'), 'utf8')
	);
	const parts = ocha.features.filter((f) => NORTH_EAST_PCODES.includes(f.properties.id));
	if (parts.length !== NORTH_EAST_PCODES.length) {
		throw new Error(`build-spatial: expected OCHA governorates ${NORTH_EAST_PCODES.join(', ')}`);
	}
	const merged = union(featureCollection(parts));
	if (!merged) throw new Error('build-spatial: the union of the governorates is empty');
	const simple = simplify(merged, { tolerance: NORTH_EAST_TOLERANCE, highQuality: true });
	return truncate(simple, { precision: 5 });
}

/** Distance and side of the border, zone membership and position from the centre, per Point place. */
export function placeFacts(
	places: Place[],
	border: Feature<LineString>,
	syria: Feature<Area>
): Record<string, PlaceFacts> {
	const centre = places.find((p) => p.id === STORY_CENTRE_ID)?.geometry;
	if (centre?.type !== 'Point') {
		throw new Error(`build-spatial: the story centre "${STORY_CENTRE_ID}" has no Point`);
	}
	const facts: Record<string, PlaceFacts> = {};
	for (const place of places) {
		if (place.geometry?.type !== 'Point') continue;
		const point = place.geometry.coordinates;
		const distance = distanceToLine(point, border);
		const country = place.properties.country;
		const side: Side =
			distance <= ZONE_TOLERANCE_KM && (country === 'SY' || country === 'TR')
				? country === 'SY'
					? 'south'
					: 'north'
				: sideOfLine(point, border);
		const inSyria = withinTolerance(point, syria, { toleranceKm: ZONE_TOLERANCE_KM });
		const fromCentre = place.id === STORY_CENTRE_ID ? null : bearingDistance(centre, point);
		facts[place.id] = {
			border_distance_km: round(distance),
			border_side: side,
			in_zone: distance <= ZONE_DEPTH_KM && side === 'south' && inSyria,
			from_centre: fromCentre && {
				distance_km: round(fromCentre.distance_km),
				bearing_deg: round(fromCentre.bearing_deg),
				compass_en: fromCentre.compass_en,
				compass_ar: fromCentre.compass_ar
			}
		};
	}
	return facts;
}

/** The output files as text: path relative to the repository → content. */
export function renderSpatial(spatial: Spatial): Map<string, string> {
	return new Map([
		['geodata/places/derived.geojson', indented(spatial.derived)],
		['geodata/places/spatial-facts.json', indented(spatial.facts)]
	]);
}

function main(): void {
	const spatial = computeSpatial();
	for (const [path, text] of renderSpatial(spatial)) {
		writeFileSync(join(ROOT, path), text);
		console.log(`wrote ${path} (${Buffer.byteLength(text).toLocaleString('en')} bytes)`);
	}
	for (const f of spatial.derived.features) {
		const { length_km, area_km2 } = f.properties;
		const figure = length_km !== undefined ? `${length_km} km` : `${area_km2} km²`;
		console.log(`${String(f.id).padEnd(32)} ${figure}`);
	}
	console.log('\nplace                        border km  side   zone   from al-Hasakah');
	for (const [id, f] of Object.entries(spatial.facts)) {
		const c = f.from_centre;
		const centre = c ? `${c.distance_km} km ${c.compass_en} (${c.bearing_deg}°)` : '(centre)';
		console.log(
			`${id.padEnd(28)} ${String(f.border_distance_km).padStart(9)}  ${f.border_side.padEnd(5)}  ${String(f.in_zone).padEnd(5)}  ${centre}`
		);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
