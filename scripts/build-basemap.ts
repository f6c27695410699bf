/**
 * Builds the regional basemap layers in geodata/basemap/ (see its README for provenance):
 * countries and their label points from Natural Earth 10m (npm world-atlas 2.0.2), a simplified copy
 * of the OCHA Syria governorates, and unchanged copies of four Natural Earth layers from
 * geodata/sources/.
 *
 * Run: npx tsx scripts/build-basemap.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	area,
	bboxClip,
	bboxPolygon,
	booleanIntersects,
	booleanPointInPolygon,
	centroid,
	pointOnFeature,
	simplify,
	truncate
} from '@turf/turf';
import { feature } from 'topojson-client';
import { presimplify, simplify as topoSimplify } from 'topojson-simplify';
import countries from 'i18n-iso-countries';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { featurePerLine } from './geojson-text';
import { ROOT } from './lib-files';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));

/** Raw inputs, copied into the repository from the team's shared geodata-sources (see its README). */
export const SOURCES = join(ROOT, 'geodata/sources');
export const OUT_DIR = join(ROOT, 'geodata/basemap');

/** Countries that touch this box are kept: the region the map can show. [W, S, E, N] */
export const REGION_BBOX: [number, number, number, number] = [24, 27, 50, 44];
/** …and cut to this larger box, so that Russia or Saudi Arabia do not weigh down the file. */
export const CLIP_BBOX: [number, number, number, number] = [20, 25, 55, 46];
/** OCHA governorates: Douglas–Peucker tolerance in degrees (about 200 m). */
export const OCHA_TOLERANCE = 0.002;

/** Copied byte for byte. */
export const COPIED = [
	'ne10m_admin1_sy_tr_iq_lb_jo.geojson',
	'ne10m_rivers_lake_centerlines.geojson',
	'ne10m_lakes.geojson',
	'ne10m_populated_places.geojson'
];

type Area = Polygon | MultiPolygon;
interface CountryProps {
	id: string | null;
	iso_a2: string | null;
	name_en: string;
	name_ar: string | null;
}

/** The Natural Earth 10m topology of npm world-atlas 2.0.2. */
export function readWorldAtlas(): Topology {
	return JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
}

export function worldAtlasCountries(
	topology: Topology = readWorldAtlas()
): FeatureCollection<Area, { name: string }> {
	return feature(
		topology,
		topology.objects.countries as GeometryCollection<{ name: string }>
	) as FeatureCollection<Area, { name: string }>;
}

/**
 * Smallest triangle (Visvalingam effective area, in square degrees) kept when the basemap's
 * countries are simplified: 1e-4 deg² is about 1 km² at 36° N (a point on a 5 km stretch moves
 * by 0.4 km at most), invisible at the zooms the map is
 * shown at (4–9) and well under Natural Earth 10m's own error of 0.5–1.5 km. Simplifying the
 * topology, not each polygon, keeps shared borders shared. The spatial facts (build-spatial.ts)
 * use the unsimplified topology.
 */
export const COUNTRY_MIN_WEIGHT = 1e-4;

/** The topology simplified for display (see COUNTRY_MIN_WEIGHT). */
export function simplifiedWorldAtlas(topology: Topology = readWorldAtlas()): Topology {
	return topoSimplify(presimplify(topology), COUNTRY_MIN_WEIGHT);
}

/**
 * Natural Earth countries of the region, simplified for display, clipped, rounded to 4 decimals,
 * with ISO codes and names.
 */
export function buildCountries(): FeatureCollection<Area, CountryProps> {
	const region = bboxPolygon(REGION_BBOX);
	const features = worldAtlasCountries(simplifiedWorldAtlas())
		.features.filter((f) => booleanIntersects(f, region))
		.map((f): Feature<Area, CountryProps> | null => {
			const id = f.id === undefined ? null : String(f.id);
			const iso = id ? (countries.numericToAlpha2(id) ?? null) : null;
			const geometry = clipAndRound(f.geometry);
			if (!geometry) return null;
			return {
				type: 'Feature',
				properties: {
					id,
					iso_a2: iso,
					name_en: f.properties.name,
					name_ar: iso ? (countries.getName(iso, 'ar') ?? null) : null
				},
				geometry
			};
		})
		.filter((f): f is Feature<Area, CountryProps> => f !== null)
		.sort((a, b) => a.properties.name_en.localeCompare(b.properties.name_en, 'en'));
	return { type: 'FeatureCollection', features };
}

function clipAndRound(geometry: Area): Area | null {
	const clipped = bboxClip(geometry, CLIP_BBOX).geometry as Area;
	const all: Position[][][] =
		clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
	const polygons = all
		.map((rings) => rings.filter((ring) => ring.length >= 4))
		.filter((rings) => rings.length > 0);
	if (polygons.length === 0) return null;
	const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
	const rounded = truncate(multi, { precision: 4 });
	// Rounding can repeat a point and shrink a small island (simplified away) below a ring: drop
	// repeats, then rings with fewer than 4 positions, then polygons without an outer ring.
	const dedupe = (ring: Position[]) =>
		ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
	const kept = rounded.coordinates
		.map((rings) => rings.map(dedupe))
		.filter((rings) => rings[0].length >= 4)
		.map(([outer, ...holes]) => [outer, ...holes.filter((h) => h.length >= 4)]);
	if (kept.length === 0) return null;
	return kept.length === 1
		? { type: 'Polygon', coordinates: kept[0] }
		: { type: 'MultiPolygon', coordinates: kept };
}

/**
 * One label point per country with an ISO code: the centroid of its largest (clipped) polygon, or a
 * point on that polygon when the centroid falls outside it.
 */
export function buildCountryLabels(
	collection: FeatureCollection<Area, CountryProps>
): FeatureCollection<Point, Omit<CountryProps, 'id'>> {
	const features = collection.features
		.filter((f) => f.properties.iso_a2)
		.map((f): Feature<Point, Omit<CountryProps, 'id'>> => {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			const largest: Polygon = polygons
				.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
				.reduce((a, b) => (area(b) > area(a) ? b : a));
			let point = centroid(largest).geometry;
			if (!booleanPointInPolygon(point, largest)) point = pointOnFeature(largest).geometry;
			const { iso_a2, name_en, name_ar } = f.properties;
			return {
				type: 'Feature',
				properties: { iso_a2, name_en, name_ar },
				geometry: truncate(point, { precision: 4 })
			};
		});
	return { type: 'FeatureCollection', features };
}

/** The OCHA governorates, simplified (high quality) and rounded to 5 decimals. */
export function buildOchaAdmin1(): FeatureCollection {
	const source: FeatureCollection = JSON.parse(
		readFileSync(join(SOURCES, 'ocha_syr_admin1.geojson'), 'utf8')
	);
	const simplified = simplify(source, { tolerance: OCHA_TOLERANCE, highQuality: true });
	return truncate(simplified, { precision: 5 });
}

/** Every output file of geodata/basemap/ (except README.md), as text: file name → content. */
export function buildBasemap(): Map<string, string> {
	const files = new Map<string, string>();
	const countryLayer = buildCountries();
	files.set('countries.geojson', featurePerLine(countryLayer));
	files.set('country-labels.geojson', featurePerLine(buildCountryLabels(countryLayer)));
	files.set('ocha_syr_admin1.geojson', featurePerLine(buildOchaAdmin1()));
	for (const name of COPIED) files.set(name, readFileSync(join(SOURCES, name), 'utf8'));
	return files;
}

function main(): void {
	for (const [name, text] of buildBasemap()) {
		writeFileSync(join(OUT_DIR, name), text);
		console.log(`${name.padEnd(40)} ${Buffer.byteLength(text).toLocaleString('en')} bytes`);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
