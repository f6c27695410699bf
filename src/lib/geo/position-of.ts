import type { Feature, Point, Position } from 'geojson';

/**
 * The [longitude, latitude] position of a point given as a Feature, a Point geometry or a bare
 * position; throws `error` (the caller's own message) when there is no finite position.
 *
 * @example positionOf({ type: 'Point', coordinates: [41.1, 36.4] }, 'f: bad point') // [41.1, 36.4]
 */
export function positionOf(point: Feature<Point> | Point | Position, error: string): Position {
	const position = Array.isArray(point)
		? point
		: point && 'geometry' in point
			? point.geometry?.coordinates
			: point?.coordinates;
	if (!position || position.length < 2 || !position.every(Number.isFinite)) throw new Error(error);
	return position;
}
