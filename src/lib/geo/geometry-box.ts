/**
 * The box [west, south, east, north] of a GeoJSON geometry's coordinates, any nesting (a
 * polygon's rings, a multi-line's lines), or null when there are no positions. No antimeridian
 * handling: the gazetteer's areas that cross it are left out at build time.
 *
 * @example geometryBox([[[35, 36], [36, 37], [35, 37], [35, 36]]]) // [35, 36, 36, 37]
 */
export function geometryBox(coordinates: unknown): [number, number, number, number] | null {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			w = Math.min(w, c[0]);
			e = Math.max(e, c[0]);
			s = Math.min(s, c[1]);
			n = Math.max(n, c[1]);
		} else if (Array.isArray(c)) c.forEach(visit);
	};
	visit(coordinates);
	return Number.isFinite(w) ? [w, s, e, n] : null;
}
