import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, Point, Position } from 'geojson';
import { positionOf } from './position-of';

/**
 * The shortest distance in km from a point to a line (the minimum over the parts of a
 * MultiLineString).
 *
 * Uses `turf.pointToLineDistance` with `method: 'geodesic'` (the default in turf 7.4): for each
 * segment it finds the nearest point on the segment's great circle and measures the great-circle
 * (haversine) distance to it, on a sphere of radius 6371.0088 km. It is not ellipsoidal: expect up to
 * about 0.5 % difference from a WGS 84 geodesic, far below Natural Earth's own error.
 *
 * @example
 * distanceToLine([41.14861, 36.37556], border); // al-Hol camp: 76.8 (km)
 */
export function distanceToLine(
	point: Feature<Point> | Point | Position,
	line: Feature<LineString | MultiLineString> | LineString | MultiLineString
): number {
	const geometry = line && 'geometry' in line ? line.geometry : line;
	if (!geometry || (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString')) {
		throw new Error('distanceToLine: expected a LineString or MultiLineString');
	}
	const position = positionOf(
		point,
		'distanceToLine: expected a point with a [longitude, latitude] position'
	);
	const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	let nearest = Infinity;
	for (const part of parts) {
		const d = pointToLineDistance(
			position,
			{ type: 'LineString', coordinates: part },
			{
				units: 'kilometers',
				method: 'geodesic'
			}
		);
		if (d < nearest) nearest = d;
	}
	return nearest;
}
