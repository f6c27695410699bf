import { bboxPolygon, featureCollection, intersect } from '@turf/turf';
import type {
	Feature,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

type Lines = LineString | MultiLineString;
type Areas = Polygon | MultiPolygon;

/**
 * The part of a line or polygon east of (at or beyond) a meridian.
 *
 * Lines: each segment that crosses the meridian is cut at an interpolated point. The interpolation is
 * linear in longitude/latitude, which for segments of a few km (Natural Earth 10m) is metres from the
 * great-circle point. Polygons: `turf.intersect` with the half-plane east of the meridian (a meridian
 * is a straight line in longitude/latitude, so this is exact). Properties are kept. Returns `null`
 * when nothing lies east of the meridian; a line that re-crosses the meridian gives a
 * MultiLineString.
 *
 * @example
 * // The Syria–Turkey border east of the Euphrates crossing at Jarabulus
 * const east = clipEastOf(border, 38.03); // LineString, 436.1 km
 */
export function clipEastOf<P>(
	feature: Feature<Lines, P>,
	meridian: number
): Feature<Lines, P> | null;
export function clipEastOf<P>(
	feature: Feature<Areas, P>,
	meridian: number
): Feature<Areas, P> | null;
export function clipEastOf<P>(
	feature: Feature<Lines | Areas, P>,
	meridian: number
): Feature<Lines | Areas, P> | null {
	if (!feature || feature.type !== 'Feature' || !feature.geometry) {
		throw new Error('clipEastOf: expected a GeoJSON Feature with a geometry');
	}
	if (!Number.isFinite(meridian) || Math.abs(meridian) > 180) {
		throw new Error(`clipEastOf: expected a longitude between -180 and 180, got ${meridian}`);
	}
	const geometry = feature.geometry;
	switch (geometry.type) {
		case 'LineString':
		case 'MultiLineString': {
			const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
			const parts = lines.flatMap((line) => clipLine(line, meridian));
			if (parts.length === 0) return null;
			const clipped: Lines =
				parts.length === 1
					? { type: 'LineString', coordinates: parts[0] }
					: { type: 'MultiLineString', coordinates: parts };
			return { type: 'Feature', properties: feature.properties, geometry: clipped };
		}
		case 'Polygon':
		case 'MultiPolygon': {
			const halfPlane = bboxPolygon([meridian, -90, 180, 90]);
			const clipped = intersect(featureCollection<Areas>([feature as Feature<Areas>, halfPlane]));
			if (!clipped) return null;
			return { type: 'Feature', properties: feature.properties, geometry: clipped.geometry };
		}
		default:
			throw new Error(`clipEastOf: cannot clip a ${(geometry as { type: string }).type}`);
	}
}

function clipLine(line: Position[], x: number): Position[][] {
	const parts: Position[][] = [];
	let current: Position[] = [];
	const push = (p: Position) => {
		const last = current[current.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) current.push(p);
	};
	line.forEach((p, i) => {
		const a = line[i - 1];
		if (a && a[0] < x !== p[0] < x) {
			const t = (x - a[0]) / (p[0] - a[0]);
			const cut = [x, a[1] + t * (p[1] - a[1])];
			if (a[0] < x) {
				current = [];
				push(cut);
			} else {
				push(cut);
				if (current.length >= 2) parts.push(current);
				current = [];
			}
		}
		if (p[0] >= x) push(p);
	});
	if (current.length >= 2) parts.push(current);
	return parts;
}
