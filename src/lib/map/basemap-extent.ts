/**
 * Where the embedded basemap keeps Natural Earth 10m's detail, around the first story: every
 * country reaching into REGION_BBOX (lon 24..50, lat 27..44) is in geodata/basemap/countries.geojson,
 * drawn from the start, finely simplified inside DETAIL_BBOX (lon 20..55, lat 25..46) and coarsely
 * outside; the rest of the world, coarser, is in world-countries.geojson, fetched only once the map
 * shows more than REGION_BBOX (a story elsewhere, or a reader zooming out). scripts/build-basemap.ts
 * builds both from these boxes.
 */
export const REGION_BBOX: readonly [number, number, number, number] = [24, 27, 50, 44];
export const DETAIL_BBOX: readonly [number, number, number, number] = [20, 25, 55, 46];

/**
 * Whether a view [west, south, east, north] shows anything outside a box (default REGION_BBOX).
 *
 * @example showsBeyond([34, 31, 44, 39]) // false: north-east Syria and around
 */
export function showsBeyond(
	[w, s, e, n]: readonly number[],
	[bw, bs, be, bn]: readonly number[] = REGION_BBOX
): boolean {
	return w < bw || s < bs || e > be || n > bn;
}
