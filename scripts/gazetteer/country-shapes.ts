/**
 * Each country's label point and boxes, from Natural Earth 10m outlines (npm world-atlas 2.0.2,
 * countries-10m.json). The label point is the centroid of the country's largest polygon, or a point
 * on it when the centroid falls outside (a crescent-shaped country). `box` is the largest polygon's
 * extent (what a map frames for the country); `extent` covers every polygon, overseas ones included
 * (what the data boundary accepts as inside the country).
 */
import { createRequire } from 'node:module';
import { area, bbox, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import countries from 'i18n-iso-countries';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Box = [number, number, number, number];

/**
 * Outlines world-atlas gives no ISO numeric id: Kosovo has none, and the others are parts of a
 * country drawn apart (their towns carry that country's code in GeoNames).
 */
const ID_LESS: Record<string, string> = {
	Kosovo: 'XK',
	'N. Cyprus': 'CY',
	'Cyprus U.N. Buffer Zone': 'CY',
	Akrotiri: 'CY',
	Dhekelia: 'CY'
};

export interface CountryShape {
	point: [number, number];
	box: Box;
	extent: Box;
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * The box of a polygon's or a country's positions. One that reaches across the antimeridian
 * (Russia's Chukotka, Fiji) would span the whole world; it keeps the side holding most positions.
 */
function boxOf(f: Feature<Polygon | MultiPolygon>): number[] {
	const b = bbox(f);
	if (b[2] - b[0] <= 180) return b;
	const rings =
		f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
	const positions = rings.flat();
	const east = positions.filter((p) => p[0] >= 0);
	const side = east.length * 2 >= positions.length ? east : positions.filter((p) => p[0] < 0);
	const lons = side.map((p) => p[0]);
	const lats = side.map((p) => p[1]);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
/** A box rounded outwards to 0.01°, so it still holds what it held. */
const roundBox = (b: number[]): Box => [
	Math.floor(b[0] * 100) / 100,
	Math.floor(b[1] * 100) / 100,
	Math.ceil(b[2] * 100) / 100,
	Math.ceil(b[3] * 100) / 100
];

/** Which country's outline holds a point, or null (the sea, Antarctica, a gap between outlines). */
export type CountryAt = (point: [number, number]) => string | null;

export function countryLocator(): CountryAt {
	const require = createRequire(import.meta.url);
	const topo = require('world-atlas/countries-50m.json') as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const shapes = (
		feature(topo, topo.objects.countries).features as Feature<Polygon | MultiPolygon>[]
	)
		.map((f) => ({
			iso: f.id ? countries.numericToAlpha2(String(f.id)) : undefined,
			f,
			b: bbox(f)
		}))
		.filter((s): s is typeof s & { iso: string } => !!s.iso && !!s.f.geometry);
	return ([lon, lat]) => {
		for (const s of shapes)
			if (
				lon >= s.b[0] &&
				lon <= s.b[2] &&
				lat >= s.b[1] &&
				lat <= s.b[3] &&
				booleanPointInPolygon([lon, lat], s.f)
			)
				return s.iso;
		return null;
	};
}

export function countryShapes(): Map<string, CountryShape> {
	const require = createRequire(import.meta.url);
	const topo = require('world-atlas/countries-10m.json') as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const fc = feature(topo, topo.objects.countries);
	const out = new Map<string, CountryShape & { area: number }>();
	for (const f of fc.features as Feature<Polygon | MultiPolygon>[]) {
		// Kosovo has no ISO numeric code, so world-atlas gives it no id: it is known by its name.
		const iso = f.id
			? countries.numericToAlpha2(String(f.id))
			: (ID_LESS[f.properties?.name ?? ''] ?? undefined);
		if (!iso || !f.geometry) continue;
		const polygons =
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const parts = polygons.map((coordinates): Feature<Polygon> => ({
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates }
		}));
		const largest = parts.reduce((a, b) => (area(b) > area(a) ? b : a));
		let p = centroid(largest);
		if (!booleanPointInPolygon(p, largest)) p = pointOnFeature(largest);
		const box = roundBox(boxOf(largest));
		let [lon, lat] = p.geometry.coordinates;
		// A polygon cut by the antimeridian (Fiji's Vanua Levu) has its centroid on the far side.
		if (lon < box[0] || lon > box[2]) [lon, lat] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
		const shape = {
			point: [round(lon), round(lat)] as [number, number],
			box,
			extent: roundBox(bbox(f)),
			area: area(largest)
		};
		// One code for several outlines (Australia and its Ashmore and Cartier Islands): the largest
		// gives the point and box, all of them the extent.
		const seen = out.get(iso);
		if (seen) {
			const [a, b] = seen.area >= shape.area ? [seen, shape] : [shape, seen];
			a.extent = [
				Math.min(a.extent[0], b.extent[0]),
				Math.min(a.extent[1], b.extent[1]),
				Math.max(a.extent[2], b.extent[2]),
				Math.max(a.extent[3], b.extent[3])
			];
			out.set(iso, a);
		} else out.set(iso, shape);
	}
	return new Map([...out].map(([iso, { point, box, extent }]) => [iso, { point, box, extent }]));
}
