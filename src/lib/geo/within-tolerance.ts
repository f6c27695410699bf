import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

export interface WithinToleranceOptions {
	/** How far outside the polygon's edge a point may lie and still count as inside, in km. Default 0. */
	toleranceKm?: number;
}

/**
 * Whether a point lies in a polygon or within `toleranceKm` of its edge. Use it when the polygon is
 * generalised (Natural Earth 10m borders are 0.5–1.5 km off) and the point is known to be inside:
 * border towns such as Kobani fall a few hundred metres outside Natural Earth's Syria.
 *
 * @example
 * withinTolerance([38.35556, 36.88972], syria, { toleranceKm: 1.5 }); // Kobani: true
 */
export function withinTolerance(
	point: Feature<Point> | Point | Position,
	polygon: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon,
	options: WithinToleranceOptions = {}
): boolean {
	const toleranceKm = options.toleranceKm ?? 0;
	if (!Number.isFinite(toleranceKm) || toleranceKm < 0) {
		throw new Error(`withinTolerance: expected toleranceKm ≥ 0, got ${toleranceKm}`);
	}
	const geometry = polygon && 'geometry' in polygon ? polygon.geometry : polygon;
	if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
		throw new Error('withinTolerance: expected a Polygon or MultiPolygon');
	}
	if (booleanPointInPolygon(point, geometry)) return true;
	if (toleranceKm === 0) return false;
	return pointToPolygonDistance(point, geometry, { units: 'kilometers' }) <= toleranceKm;
}
