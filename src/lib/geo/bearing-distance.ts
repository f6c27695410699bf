import { bearing, distance, rhumbBearing } from '@turf/turf';
import type { Feature, Point, Position } from 'geojson';
import { positionOf } from './position-of';

export const COMPASS_EN = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export const COMPASS_AR = [
	'شمال',
	'شمال شرق',
	'شرق',
	'جنوب شرق',
	'جنوب',
	'جنوب غرب',
	'غرب',
	'شمال غرب'
] as const;

export type CompassEn = (typeof COMPASS_EN)[number];
export type CompassAr = (typeof COMPASS_AR)[number];

export interface BearingDistance {
	/** Great-circle (haversine) distance in km, unrounded. */
	distance_km: number;
	/** Bearing in degrees clockwise from north, 0 ≤ b < 360, unrounded. */
	bearing_deg: number;
	/** One of the eight compass points, each covering 45° centred on its direction. */
	compass_en: CompassEn;
	compass_ar: CompassAr;
}

export interface BearingDistanceOptions {
	/**
	 * `'rhumb'` (default): the constant-heading direction, which is the direction the reader sees on a
	 * Web Mercator map ("Washington, 9,500 km west"). `'initial'`: the great-circle start bearing,
	 * the direction you would set off in (Washington is then north-west of Syria).
	 */
	bearing?: 'rhumb' | 'initial';
}

/**
 * Distance and direction from a centre to a point, with the compass word in English and Arabic, for
 * texts such as "Washington, 9,500 km west" / "واشنطن، 9500 كم غرباً".
 *
 * @example
 * bearingDistance([40.74222, 36.51167], [-77.03637, 38.89511]);
 * // { distance_km: 9484.2…, bearing_deg: 271.5…, compass_en: 'W', compass_ar: 'غرب' }
 */
export function bearingDistance(
	from: Feature<Point> | Point | Position,
	to: Feature<Point> | Point | Position,
	options: BearingDistanceOptions = {}
): BearingDistance {
	const kind = options.bearing ?? 'rhumb';
	if (kind !== 'rhumb' && kind !== 'initial') {
		throw new Error(`bearingDistance: expected bearing 'rhumb' or 'initial', got '${kind}'`);
	}
	const a = positionOf(from, pointError('from'));
	const b = positionOf(to, pointError('to'));
	const raw = kind === 'rhumb' ? rhumbBearing(a, b) : bearing(a, b);
	const bearing_deg = ((raw % 360) + 360) % 360;
	const index = Math.round(bearing_deg / 45) % 8;
	return {
		distance_km: distance(a, b, { units: 'kilometers' }),
		bearing_deg,
		compass_en: COMPASS_EN[index],
		compass_ar: COMPASS_AR[index]
	};
}

const pointError = (name: string) =>
	`bearingDistance: expected '${name}' to be a point with a [longitude, latitude]`;
