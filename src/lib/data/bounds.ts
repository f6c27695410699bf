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
	RU: [19.6, 41.1, 180.0, 82.0],
	// Countries of the world capitals in geodata/places/gazetteer.geojson: the box of each country's
	// largest polygon in Natural Earth 10m (world-atlas 2.0.2), with 0.1° margin, rounded outwards.
	IR: [43.9, 24.9, 63.5, 39.9],
	SA: [34.4, 16.2, 55.8, 32.3],
	EG: [24.5, 21.8, 37.0, 31.8],
	QA: [50.6, 24.4, 51.8, 26.3],
	AE: [51.4, 22.5, 56.5, 26.2],
	IL: [34.1, 29.3, 36.0, 33.6],
	CY: [32.1, 34.5, 33.9, 35.3],
	LY: [9.1, 19.3, 25.3, 33.3],
	FR: [-4.9, 42.2, 8.3, 51.2],
	GB: [-6.4, 49.8, 1.9, 58.8],
	DE: [5.7, 47.1, 15.2, 55.1],
	BE: [2.4, 49.3, 6.5, 51.6],
	AT: [9.4, 46.2, 17.3, 49.2],
	CH: [5.8, 45.7, 10.6, 48.0],
	CN: [73.5, 20.1, 134.9, 53.7],
	UA: [22.0, 45.1, 40.3, 52.5],
	KZ: [46.3, 40.4, 87.5, 55.6]
};

/** The story region: the box a map of north-east Syria and its neighbours frames. */
export const REGION_BOUNDS = [34.5, 32.0, 43.5, 38.5] as const;

export function inBounds(
	[lon, lat]: readonly number[],
	[w, s, e, n]: readonly [number, number, number, number]
): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}
