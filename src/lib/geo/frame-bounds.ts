/**
 * The box that frames a story: the located anchors that fall inside the story region. Places far
 * away (Washington, Moscow, Istanbul) would pull the frame to the whole world, so they are left out
 * and listed as "elsewhere" instead.
 *
 * @example frameBounds([[41, 36], [-77, 38.9]], [34.5, 32, 43.5, 38.5]) // [41, 36, 41, 36]
 */
export type Bounds = [number, number, number, number];

export function frameBounds(
	points: readonly (readonly number[])[],
	region: readonly number[]
): Bounds | null {
	const [w, s, e, n] = region;
	const inside = points.filter(([x, y]) => x >= w && x <= e && y >= s && y <= n);
	if (!inside.length) return null;
	return [
		Math.min(...inside.map((p) => p[0])),
		Math.min(...inside.map((p) => p[1])),
		Math.max(...inside.map((p) => p[0])),
		Math.max(...inside.map((p) => p[1]))
	];
}

export function isInRegion([x, y]: readonly number[], region: readonly number[]): boolean {
	return x >= region[0] && x <= region[2] && y >= region[1] && y <= region[3];
}
