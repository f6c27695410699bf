/**
 * Builds the basemap layers in geodata/basemap/ (see its README for provenance): the world's
 * countries and their label points from Natural Earth 10m (npm world-atlas 2.0.2), simplified
 * finely in the Middle East and coarsely elsewhere, in two files (the countries reaching into the
 * detailed box, drawn from the start; the rest of the world, fetched when the map needs it); a
 * simplified copy of the OCHA Syria governorates; and unchanged copies of four Natural Earth
 * layers from geodata/sources/.
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
	booleanPointInPolygon,
	centroid,
	pointOnFeature,
	simplify,
	truncate
} from '@turf/turf';
import { feature } from 'topojson-client';
import {
	filter,
	filterWeight,
	planarRingArea,
	presimplify,
	simplify as topoSimplify
} from 'topojson-simplify';
import countries from 'i18n-iso-countries';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { DETAIL_BBOX, REGION_BBOX } from '../src/lib/map/basemap-extent';
import { featurePerLine } from './geojson-text';
import { ROOT } from './lib-files';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));

/** Raw inputs, copied into the repository from the team's shared geodata-sources (see its README). */
export const SOURCES = join(ROOT, 'geodata/sources');
export const OUT_DIR = join(ROOT, 'geodata/basemap');

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
 * Smallest triangle (Visvalingam effective area, in square degrees) kept inside the detailed box
 * (DETAIL_BBOX): 1e-4 deg² is about 1 km² at 36° N (a point on a 5 km stretch moves by 0.4 km at
 * most), invisible at the zooms the map is shown at there (4–9) and well under Natural Earth 10m's
 * own error of 0.5–1.5 km. Simplifying the topology, not each polygon, keeps shared borders shared.
 * The spatial facts (build-spatial.ts) use the unsimplified topology.
 */
export const COUNTRY_MIN_WEIGHT = 1e-4;
/**
 * Outside the box, the smallest triangle kept is 1e-2 deg² (about 100 km²; a point on a 30 km
 * stretch moves by 6 km at most): a world map or a continent (zoom 1–4) shows no difference, a
 * country far from the box stays recognisable at zoom 5–6, and the world costs about a sixth of
 * what the same countries would at the detail of the box. Rings (islands) smaller than this are
 * left out there too.
 */
export const WORLD_MIN_WEIGHT = 1e-2;
/** Decimals kept: 4 (about 10 m) in the box, 2 (about 1 km) outside, where lines move by more. */
export const DETAIL_DECIMALS = 4;
export const WORLD_DECIMALS = 2;

const inBox = ([x, y]: Position, [w, s, e, n]: readonly number[] = DETAIL_BBOX) =>
	x >= w && x <= e && y >= s && y <= n;

/**
 * The topology simplified for display: every point outside DETAIL_BBOX must weigh
 * WORLD_MIN_WEIGHT / COUNTRY_MIN_WEIGHT times more to be kept, and rings outside it smaller than
 * WORLD_MIN_WEIGHT go. One topology throughout, so the borders of the two files meet exactly.
 */
export function simplifiedWorldAtlas(topology: Topology = readWorldAtlas()): Topology {
	const weighted = presimplify(topology);
	const factor = WORLD_MIN_WEIGHT / COUNTRY_MIN_WEIGHT;
	for (const arc of weighted.arcs)
		for (const point of arc)
			if (!inBox(point) && Number.isFinite(point[2])) point[2] = point[2] / factor;
	const simplified = topoSimplify(weighted, COUNTRY_MIN_WEIGHT);
	const small = filterWeight(simplified, WORLD_MIN_WEIGHT, (ring: Position[]) =>
		ring.some((p) => inBox(p)) ? Infinity : planarRingArea(ring)
	);
	// …but every country keeps its largest polygon, however small (Malta, Singapore, Grenada).
	const largest = new Set<unknown>();
	const geometries = (simplified.objects.countries as GeometryCollection).geometries;
	for (const g of geometries) {
		const exteriors: number[][] =
			g.type === 'Polygon' ? [g.arcs[0]] : g.type === 'MultiPolygon' ? g.arcs.map((p) => p[0]) : [];
		const size = (ring: number[]) =>
			planarRingArea(
				(feature(simplified, { type: 'Polygon', arcs: [ring] }) as Feature<Polygon>).geometry
					.coordinates[0]
			);
		if (exteriors.length) largest.add(exteriors.reduce((a, b) => (size(b) > size(a) ? b : a)));
	}
	return filter(simplified, (ring: number[], interior: boolean) =>
		!interior && largest.has(ring) ? true : small(ring, interior)
	);
}

const round = ([x, y]: Position): Position => {
	const f = 10 ** (inBox([x, y]) ? DETAIL_DECIMALS : WORLD_DECIMALS);
	return [Math.round(x * f) / f, Math.round(y * f) / f];
};

/**
 * A polygon as a flat map can draw it: world-atlas is made for spherical rendering, where a ring may
 * cross the antimeridian (Russia's Chukotka, Fiji) or go round a pole (Antarctica); drawn flat,
 * such a ring streaks across the whole map. The ring is unwrapped (made continuous past ±180),
 * closed along the pole if it goes round one, and cut at ±180 into the parts on either side.
 * Natural Earth has no holes in such rings; any would be dropped.
 */
export function flatPolygons(rings: Position[][]): Position[][][] {
	const outer = rings[0];
	const jumps = outer.filter((p, i) => i > 0 && Math.abs(p[0] - outer[i - 1][0]) > 180).length;
	if (jumps === 0) return [rings];
	let shift = 0;
	const unwrapped = outer.map((p, i) => {
		if (i > 0) {
			const dx = p[0] - outer[i - 1][0];
			if (dx > 180) shift -= 360;
			else if (dx < -180) shift += 360;
		}
		return [p[0] + shift, p[1]];
	});
	if (jumps % 2 === 1) {
		// Round a pole: along the pole's latitude back to where the ring began.
		const pole = unwrapped.reduce((a, p) => a + p[1], 0) < 0 ? -90 : 90;
		const first = unwrapped[0];
		const last = unwrapped[unwrapped.length - 1];
		// In steps of 90°, so that no edge spans half the world.
		const steps = Math.ceil(Math.abs(last[0] - first[0]) / 90);
		for (let i = 0; i <= steps; i++)
			unwrapped.push([last[0] + ((first[0] - last[0]) * i) / steps, pole]);
		unwrapped.push(first);
	}
	const xs = unwrapped.map((p) => p[0]);
	const parts: Position[][][] = [];
	for (let k = Math.floor((Math.min(...xs) + 180) / 360); k * 360 - 180 < Math.max(...xs); k++) {
		const moved = unwrapped.map(([x, y]) => [x - k * 360, y]);
		const clipped = bboxClip({ type: 'Polygon', coordinates: [moved] }, [-180, -90, 180, 90])
			.geometry as Polygon | MultiPolygon;
		const polys = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
		for (const p of polys) if (p[0]?.length >= 4) parts.push(p);
	}
	return parts;
}

/** Rounded, with repeated points, rings of fewer than 4 positions and empty polygons dropped. */
function roundArea(geometry: Area): Area | null {
	const all: Position[][][] = (
		geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
	).flatMap(flatPolygons);
	const dedupe = (ring: Position[]) =>
		ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
	const kept = all
		.map((rings) => rings.map((ring) => dedupe(ring.map(round))))
		.filter((rings) => rings[0].length >= 4)
		.map(([outer, ...holes]) => [outer, ...holes.filter((h) => h.length >= 4)]);
	if (kept.length === 0) return null;
	return kept.length === 1
		? { type: 'Polygon', coordinates: kept[0] }
		: { type: 'MultiPolygon', coordinates: kept };
}

/** The largest polygon of an area, rounded. */
function largestOf(geometry: Area): Area | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const [largest] = polygons
		.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
		.sort((a, b) => area(b) - area(a));
	return largest ? roundArea(largest) : null;
}

const properties = (id: string | null, name: string): CountryProps => {
	const iso = id ? (countries.numericToAlpha2(id) ?? null) : null;
	return {
		id,
		iso_a2: iso,
		name_en: name,
		name_ar: iso ? (countries.getName(iso, 'ar') ?? null) : null
	};
};

const byEnglishName = (
	a: Feature<Area | Point, CountryProps>,
	b: Feature<Area | Point, CountryProps>
) => a.properties.name_en.localeCompare(b.properties.name_en, 'en');

/**
 * The world's countries, simplified for display (simplifiedWorldAtlas), rounded, with ISO codes and
 * names; `detailed` are those reaching into REGION_BBOX (whole: fine inside DETAIL_BBOX, coarse
 * outside it), `world` the others.
 */
export function buildCountries(): Record<
	'detailed' | 'world',
	FeatureCollection<Area, CountryProps>
> {
	const out = {
		detailed: [] as Feature<Area, CountryProps>[],
		world: [] as Feature<Area, CountryProps>[]
	};
	const area = (polygons: Position[][][]): Area =>
		polygons.length === 1
			? { type: 'Polygon', coordinates: polygons[0] }
			: { type: 'MultiPolygon', coordinates: polygons };
	// A small island country that the coarse simplification reduces to nothing (Nauru, Tuvalu…)
	// is drawn at the finer one instead.
	const fine = new Map(
		worldAtlasCountries(
			topoSimplify(presimplify(readWorldAtlas()), COUNTRY_MIN_WEIGHT)
		).features.map((f) => [f.properties.name, f.geometry])
	);
	for (const f of worldAtlasCountries(simplifiedWorldAtlas()).features) {
		const finer = fine.get(f.properties.name);
		const geometry = (f.geometry && roundArea(f.geometry)) || (finer && largestOf(finer));
		if (!geometry) continue;
		const id = f.id === undefined ? null : String(f.id);
		const props = properties(id, f.properties.name);
		// A country's polygons that reach into the region are drawn from the start; its others
		// (Russia's Siberia and Arctic islands, Greece's far islands…) come with the world.
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		const near = polygons.filter((p) => p[0].some((pt) => inBox(pt, REGION_BBOX)));
		const far = polygons.filter((p) => !near.includes(p));
		if (near.length)
			out.detailed.push({ type: 'Feature', properties: props, geometry: area(near) });
		if (far.length) out.world.push({ type: 'Feature', properties: props, geometry: area(far) });
	}
	return {
		detailed: { type: 'FeatureCollection', features: out.detailed.sort(byEnglishName) },
		world: { type: 'FeatureCollection', features: out.world.sort(byEnglishName) }
	};
}

/**
 * One label point per country with an ISO code, from the unsimplified topology: the centroid of
 * its largest polygon, or a point on that polygon when the centroid falls outside it. Only the
 * countries of `collection` (the same ISO codes).
 */
export function buildCountryLabels(
	collection: FeatureCollection<Area, CountryProps>,
	full: FeatureCollection<Area, { name: string }> = worldAtlasCountries()
): FeatureCollection<Point, Omit<CountryProps, 'id'> & { km2: number }> {
	const byName = new Map(full.features.map((f) => [f.properties.name, f]));
	const largestPolygon = (geometry: Area): Polygon =>
		(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
			.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
			.reduce((a, b) => (area(b) > area(a) ? b : a));
	// One label per ISO code: Australia, not the Ashmore and Cartier Islands that share its code.
	const chosen = new Map<string, { f: Feature<Area, CountryProps>; largest: Polygon }>();
	for (const f of collection.features) {
		const source = byName.get(f.properties.name_en);
		if (!f.properties.iso_a2 || !source) continue;
		const largest = largestPolygon(source.geometry);
		const seen = chosen.get(f.properties.iso_a2);
		if (!seen || area(largest) > area(seen.largest))
			chosen.set(f.properties.iso_a2, { f, largest });
	}
	const features = [...chosen.values()]
		.sort((a, b) => byEnglishName(a.f, b.f))
		.map(({ f, largest }): Feature<Point, Omit<CountryProps, 'id'> & { km2: number }> => {
			let point = centroid(largest).geometry;
			if (!booleanPointInPolygon(point, largest)) point = pointOnFeature(largest).geometry;
			const { iso_a2, name_en, name_ar } = f.properties;
			// The size of the country's largest land, two significant digits: larger countries
			// are labelled first where labels compete (style.ts, symbol-sort-key).
			const km2 = Number((area(largest) / 1e6).toPrecision(2));
			return {
				type: 'Feature',
				properties: { iso_a2, name_en, name_ar, km2 },
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
	const { detailed, world } = buildCountries();
	const full = worldAtlasCountries();
	files.set('countries.geojson', featurePerLine(detailed));
	files.set('country-labels.geojson', featurePerLine(buildCountryLabels(detailed, full)));
	files.set('world-countries.geojson', featurePerLine(world));
	// A country in both files (Russia's Siberia, Greece's far islands) is labelled once, with the region.
	const drawnFirst = new Set(detailed.features.map((f) => f.properties.id));
	const rest = {
		...world,
		features: world.features.filter((f) => !drawnFirst.has(f.properties.id))
	};
	files.set('world-country-labels.geojson', featurePerLine(buildCountryLabels(rest, full)));
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
