/**
 * Bounding boxes, [west, south, east, north] in degrees, of the countries our places lie in, with a
 * margin of about 0.1°. A place's coordinates must fall in its country's box: this catches swapped
 * latitude and longitude (GeoJSON wants [lon, lat]) and typos, which a global range check would not.
 * Sources: Natural Earth 10m country extents (world-atlas 2.0.2), rounded outwards.
 */
export const COUNTRY_BOUNDS: Readonly<Record<string, readonly [number, number, number, number]>> = {
	SY: [35.5, 32.2, 42.5, 37.45],
	TR: [25.6, 35.8, 44.9, 42.2],
	IQ: [38.7, 29.0, 48.7, 37.5],
	LB: [35.0, 33.0, 36.7, 34.8],
	JO: [34.9, 29.1, 39.4, 33.5],
	US: [-125.0, 24.4, -66.8, 49.5],
	RU: [19.6, 41.1, 180.0, 82.0]
};

/** The story region: the box a map of north-east Syria and its neighbours frames. */
export const REGION_BOUNDS = [34.5, 32.0, 43.5, 38.5] as const;

export function inBounds(
	[lon, lat]: readonly number[],
	[w, s, e, n]: readonly [number, number, number, number]
): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}
