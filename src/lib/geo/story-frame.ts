import type { Geometry } from '../data/schema';

/** [west, south, east, north] in degrees; east may exceed 180 for a box across the antimeridian. */
export type Bounds = [number, number, number, number];

export interface FrameItem {
	id: string;
	/** Where the place's marker sits. */
	at: readonly [number, number];
	/** Its extent (an area's, or a country's drawn as a point); its point if none. */
	box?: readonly [number, number, number, number] | null;
}

export interface StoryFrame {
	/** The box to show first; null when nothing is located. */
	frame: Bounds | null;
	/** Places left out of it: far from where the story's places gather, and fewer. */
	elsewhere: Set<string>;
}

export interface StoryFrameOptions {
	/** A group is far when it lies farther from the rest than `far` times the rest's span (default 1). */
	far?: number;
	/** …and at least this far, in km (default 500): nothing closer is ever left out. */
	minKm?: number;
	/** The rest must hold at least this many places (default 3). */
	minCore?: number;
}

const R = 6371.0088;
const rad = Math.PI / 180;

/** Great-circle distance in km. */
function km([x1, y1]: readonly number[], [x2, y2]: readonly number[]): number {
	const a =
		Math.sin(((y2 - y1) * rad) / 2) ** 2 +
		Math.cos(y1 * rad) * Math.cos(y2 * rad) * Math.sin(((x2 - x1) * rad) / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A box with east ≥ west (a box across the antimeridian gets east + 360). */
const unwrap = ([w, s, e, n]: readonly number[]): Bounds => [w, s, e < w ? e + 360 : e, n];

function union(boxes: Bounds[]): Bounds {
	return [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
}

/** The span of a box: its diagonal, in km. */
const span = ([w, s, e, n]: Bounds) => km([w, s], [e, n]);

/**
 * The box a story's map shows first, and the places left out of it as "elsewhere".
 *
 * The places are linked into a tree by their nearest neighbours (single linkage, on their markers'
 * points). From the whole story down: the longest link splits the places into two groups; the
 * smaller group is left out when it lies farther from the larger than the larger's own span (and
 * more than 500 km), and the larger holds at least three places; then the larger is split in turn.
 * The first split that keeps both groups stops it, and the frame is the extent of what is left,
 * areas and boxes included. So a story in north-east Syria that names Washington and Istanbul in
 * passing is framed on north-east Syria, while a story about Sudan, Gaza, Yemen and Ukraine, or
 * one naming Paris, Moscow, Beijing and Washington, shows them all.
 *
 * @example storyFrame([{ id: 'a', at: [40, 36] }, { id: 'b', at: [41, 36.5] }, { id: 'c', at: [40.5, 35] }, { id: 'd', at: [-77, 38.9] }])
 * // { frame: [40, 35, 41, 36.5], elsewhere: Set { 'd' } }
 */
export function storyFrame(
	items: readonly FrameItem[],
	{ far = 1, minKm = 500, minCore = 3 }: StoryFrameOptions = {}
): StoryFrame {
	const elsewhere = new Set<string>();
	if (!items.length) return { frame: null, elsewhere };
	const boxes = items.map((it): Bounds =>
		unwrap(it.box ?? [it.at[0], it.at[1], it.at[0], it.at[1]])
	);
	// Prim's minimum spanning tree over the markers' points: its links, longest first, are the
	// single-linkage splits.
	const n = items.length;
	const inTree = new Array<boolean>(n).fill(false);
	const best = new Array<number>(n).fill(Infinity);
	const parent = new Array<number>(n).fill(-1);
	const links: { a: number; b: number; d: number }[] = [];
	best[0] = 0;
	for (let k = 0; k < n; k++) {
		let u = -1;
		for (let i = 0; i < n; i++) if (!inTree[i] && (u === -1 || best[i] < best[u])) u = i;
		inTree[u] = true;
		if (parent[u] >= 0) links.push({ a: parent[u], b: u, d: best[u] });
		for (let v = 0; v < n; v++)
			if (!inTree[v]) {
				const d = km(items[u].at, items[v].at);
				if (d < best[v]) {
					best[v] = d;
					parent[v] = u;
				}
			}
	}
	let kept = new Set(items.map((_, i) => i));
	let tree = links;
	for (;;) {
		if (!tree.length) break;
		const longest = tree.reduce((x, y) => (y.d > x.d ? y : x));
		const rest = tree.filter((l) => l !== longest);
		// The two groups either side of the longest link: what the tree without it reaches from one end.
		const next = new Map<number, number[]>();
		for (const l of rest) {
			next.set(l.a, [...(next.get(l.a) ?? []), l.b]);
			next.set(l.b, [...(next.get(l.b) ?? []), l.a]);
		}
		const side = new Set([longest.a]);
		for (const queue = [longest.a]; queue.length;)
			for (const v of next.get(queue.pop()!) ?? [])
				if (!side.has(v)) {
					side.add(v);
					queue.push(v);
				}
		const other = [...kept].filter((i) => !side.has(i));
		const [big, small] = side.size >= other.length ? [[...side], other] : [other, [...side]];
		const core = union(big.map((i) => boxes[i]));
		const isFar = longest.d > Math.max(far * span(core), minKm);
		if (!(isFar && big.length >= minCore && small.length < big.length)) break;
		for (const i of small) elsewhere.add(items[i].id);
		kept = new Set(big);
		tree = rest.filter((l) => kept.has(l.a) && kept.has(l.b));
	}
	return { frame: union([...kept].map((i) => boxes[i])), elsewhere };
}

/**
 * The extent of a geometry, [west, south, east, north].
 *
 * @example geometryBox({ type: 'LineString', coordinates: [[36, 33], [42, 37]] }) // [36, 33, 42, 37]
 */
export function geometryBox(geometry: Geometry): Bounds {
	const points: number[][] = [];
	const walk = (c: unknown): void => {
		if (typeof (c as number[])[0] === 'number') points.push(c as number[]);
		else for (const x of c as unknown[]) walk(x);
	};
	walk(geometry.coordinates);
	return union(points.map(([x, y]): Bounds => [x, y, x, y]));
}
