import type { Feature, LineString, Point, Position } from 'geojson';
import { positionOf } from './position-of';

export type Side = 'north' | 'south';

/**
 * Whether a point lies north or south of a line that runs broadly west–east (a border such as
 * Syria–Turkey), decided along the point's meridian: if the line crosses the meridian north of the
 * point an odd number of times, the point is south of the line. This is robust to the few places where
 * a border runs back westwards, as long as the line's two ends are its western- and easternmost
 * positions (then every meridian between them crosses it an odd number of times; the function throws
 * otherwise). Points beyond the line's western or eastern end are compared with the
 * latitude of that end (the line extended horizontally), which is a convention, not geography.
 *
 * Points within the line's generalisation error (Natural Earth 10m: 0.5–1.5 km) may fall on the
 * wrong side: callers that know better (a curated country code) should decide those.
 *
 * @example
 * sideOfLine([41.14861, 36.37556], border); // al-Hol camp: 'south' (the Syrian side)
 */
export function sideOfLine(
	point: Feature<Point> | Point | Position,
	line: Feature<LineString> | LineString
): Side {
	const geometry = line && 'geometry' in line ? line.geometry : line;
	if (!geometry || geometry.type !== 'LineString') {
		throw new Error('sideOfLine: expected a LineString');
	}
	const position = positionOf(
		point,
		'sideOfLine: expected a point with a [longitude, latitude] position'
	);
	const coords = geometry.coordinates;
	if (coords.length < 2) throw new Error('sideOfLine: the line needs at least 2 positions');
	const ends = [coords[0], coords[coords.length - 1]].sort((p, q) => p[0] - q[0]);
	const [west, east] = ends;
	if (coords.some((p) => p[0] < west[0] || p[0] > east[0])) {
		throw new Error("sideOfLine: the line's ends must be its western- and easternmost positions");
	}
	const [x, y] = position;
	if (x < west[0]) return y < west[1] ? 'south' : 'north';
	if (x > east[0]) return y < east[1] ? 'south' : 'north';

	let crossingsNorth = 0;
	for (let i = 1; i < coords.length; i++) {
		const [a, b] = [coords[i - 1], coords[i]];
		// half-open test so a vertex exactly on the meridian counts once
		if (a[0] <= x !== b[0] <= x) {
			const lat = a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
			if (lat > y) crossingsNorth++;
		}
	}
	return crossingsNorth % 2 === 1 ? 'south' : 'north';
}
