import { along, length, pointOnFeature } from '@turf/turf';
import type { Geometry } from '../data/schema';

/**
 * Where a place's button sits on the map: the point itself, the middle of a line (measured along
 * it), or a point guaranteed to lie inside an area (not its centroid, which may fall outside).
 *
 * @example anchorPoint({ type: 'Point', coordinates: [41.1, 36.4] }) // [41.1, 36.4]
 */
export function anchorPoint(geometry: Geometry): [number, number] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates[0], geometry.coordinates[1]];
		case 'LineString': {
			const feature = { type: 'Feature' as const, properties: {}, geometry };
			const mid = along(feature, length(feature) / 2);
			return mid.geometry.coordinates as [number, number];
		}
		case 'MultiLineString': {
			const longest = geometry.coordinates
				.map((coordinates) => ({ type: 'LineString' as const, coordinates }))
				.reduce((a, b) =>
					length({ type: 'Feature', properties: {}, geometry: a }) >=
					length({ type: 'Feature', properties: {}, geometry: b })
						? a
						: b
				);
			return anchorPoint(longest);
		}
		default: {
			const p = pointOnFeature({ type: 'Feature', properties: {}, geometry });
			return p.geometry.coordinates as [number, number];
		}
	}
}
