import { distance } from '@turf/distance';

/**
 * Great-circle (haversine) distance in km between two [lon, lat] points, on a sphere of radius
 * 6371.0088 km: what the measuring tool shows. Imports only @turf/distance, so it is light enough
 * for the browser.
 *
 * @example measureDistance([41.14861, 36.37556], [40.7625, 36.4775]) // ≈ 36.3
 */
export function measureDistance(a: readonly number[], b: readonly number[]): number {
	if (a.length < 2 || b.length < 2 || ![...a, ...b].every(Number.isFinite))
		throw new Error('measureDistance: expected two [longitude, latitude] points');
	return distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
}
