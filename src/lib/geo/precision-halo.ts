import { circle } from '@turf/turf';
import type { Polygon } from 'geojson';

/**
 * A circle of the place's precision around its point, drawn under the marker so that an
 * approximate place does not look exact. Geodesic radius in metres.
 *
 * @example precisionHalo([41.14861, 36.37556], 1000) // Polygon of 48 steps, radius 1 km
 */
export function precisionHalo(
	center: [number, number],
	precisionM: number,
	{ steps = 48 } = {}
): Polygon {
	if (!(precisionM > 0))
		throw new RangeError(`precisionHalo: precision must be positive, got ${precisionM}`);
	const c = circle(center, precisionM / 1000, { steps, units: 'kilometers' }).geometry;
	return {
		type: 'Polygon',
		coordinates: c.coordinates.map((ring) =>
			ring.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5])
		)
	};
}
