import { area, buffer, featureCollection, intersect } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

export interface BufferClipOptions {
	/** Segments per quarter circle at line ends and bends (turf `steps`). Default 64. */
	steps?: number;
}

export type ClippedBuffer = Feature<Polygon | MultiPolygon, { area_km2: number }>;

/**
 * The band within `km` kilometres of a line, cut to a polygon (for example "30 km deep into Syria"):
 * `turf.buffer` (units kilometers) intersected with `clipTo` by `turf.intersect`, with its area in
 * km² (`turf.area` / 1e6, unrounded). With 64 steps the band's edge of a 775 km line stays within
 * 13 m of the requested distance. Returns `null` when the band and the polygon do not meet.
 *
 * @example
 * const zone = bufferClip(border, 30, syria); // zone.properties.area_km2 ≈ 21,565
 */
export function bufferClip(
	line: Feature<LineString | MultiLineString>,
	km: number,
	clipTo: Feature<Polygon | MultiPolygon>,
	options: BufferClipOptions = {}
): ClippedBuffer | null {
	const steps = options.steps ?? 64;
	if (!line?.geometry || !['LineString', 'MultiLineString'].includes(line.geometry.type)) {
		throw new Error('bufferClip: expected a LineString or MultiLineString Feature');
	}
	if (!clipTo?.geometry || !['Polygon', 'MultiPolygon'].includes(clipTo.geometry.type)) {
		throw new Error('bufferClip: expected a Polygon or MultiPolygon Feature to clip to');
	}
	if (!Number.isFinite(km) || km <= 0) {
		throw new Error(`bufferClip: expected a positive distance in km, got ${km}`);
	}
	if (!Number.isInteger(steps) || steps < 1) {
		throw new Error(`bufferClip: expected steps to be a positive integer, got ${steps}`);
	}
	const band = buffer(line, km, { units: 'kilometers', steps });
	if (!band) throw new Error('bufferClip: turf.buffer returned nothing for this line');
	const clipped = intersect(featureCollection<Polygon | MultiPolygon>([band, clipTo]));
	if (!clipped) return null;
	return {
		type: 'Feature',
		properties: { area_km2: area(clipped) / 1e6 },
		geometry: clipped.geometry
	};
}
