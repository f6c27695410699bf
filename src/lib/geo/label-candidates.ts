import type { Position } from 'geojson';
import type { Geometry } from '../data/schema';

type Ring = Position[];
type Polygon = Ring[];

export interface LabelCandidateOptions {
	/** Areas the label must not sit in (e.g. the story's own areas drawn over a context zone). */
	outside?: Geometry[];
	/** Most candidates per part (default 12). */
	max?: number;
	/** Columns of the grid laid over each polygon's extent (default 24). */
	grid?: number;
	/** Parts smaller than this share of the largest part's extent are skipped (default 0.02). */
	minPart?: number;
}

/** Ray casting over a polygon with holes; a point on an edge may fall either way. */
function inPolygon([x, y]: Position, polygon: Polygon): boolean {
	let inside = false;
	for (const ring of polygon)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	return inside;
}

const polygonsOf = (g: Geometry): Polygon[] =>
	g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

function extent(points: Position[]): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of points) {
		w = Math.min(w, x);
		s = Math.min(s, y);
		e = Math.max(e, x);
		n = Math.max(n, y);
	}
	return [w, s, e, n];
}

/** Apparent size of a box, with degrees of longitude shrunk by the cosine of its latitude. */
const apparent = ([w, s, e, n]: number[]) => ({
	dx: (e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180),
	dy: n - s
});

/** Points spread over a list ordered by preference: the first, then each far enough from all kept. */
function spread(points: [number, number][], spacing: number, max: number): [number, number][] {
	const kept: [number, number][] = [];
	for (const p of points) {
		if (kept.length >= max) break;
		if (kept.every((k) => Math.hypot(k[0] - p[0], k[1] - p[1]) >= spacing)) kept.push(p);
	}
	return kept;
}

function polygonCandidates(
	polygon: Polygon,
	outside: Polygon[],
	grid: number,
	max: number
): [number, number][] {
	const box = extent(polygon[0]);
	const { dx, dy } = apparent(box);
	const cols = grid;
	const rows = Math.max(2, Math.min(grid, Math.round((grid * dy) / Math.max(dx, 1e-9))));
	const [w, s, e, n] = box;
	const cw = (e - w) / cols;
	const ch = (n - s) / rows;
	const free = (p: Position) => inPolygon(p, polygon) && !outside.some((o) => inPolygon(p, o));
	const inside: [number, number][] = [];
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < cols; c++) {
			const p: [number, number] = [w + (c + 0.5) * cw, s + (r + 0.5) * ch];
			if (free(p)) inside.push(p);
		}
	// A polygon too thin for the grid: a finer one, then nothing (the caller has the place's anchor).
	if (!inside.length) return grid < 96 ? polygonCandidates(polygon, outside, grid * 4, max) : [];
	// Nearest the middle of the free cells first: the label reads as the area's, not its edge's.
	const mx = inside.reduce((a, p) => a + p[0], 0) / inside.length;
	const my = inside.reduce((a, p) => a + p[1], 0) / inside.length;
	const cos = Math.cos((my * Math.PI) / 180);
	const d = (p: number[]) => Math.hypot((p[0] - mx) * cos, p[1] - my);
	inside.sort((a, b) => d(a) - d(b));
	return spread(inside, 2 * Math.max(cw, ch), max);
}

function lineCandidates(line: Position[], max: number): [number, number][] {
	const lengths = [0];
	for (let i = 1; i < line.length; i++)
		lengths.push(
			lengths[i - 1] + Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1])
		);
	const total = lengths[lengths.length - 1];
	const at = (f: number): [number, number] => {
		const target = f * total;
		let i = 1;
		while (i < line.length - 1 && lengths[i] < target) i++;
		const t = (target - lengths[i - 1]) / (lengths[i] - lengths[i - 1] || 1);
		return [
			line[i - 1][0] + t * (line[i][0] - line[i - 1][0]),
			line[i - 1][1] + t * (line[i][1] - line[i - 1][1])
		];
	};
	return [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9].slice(0, max).map(at);
}

/**
 * Where the label of an area or a line may sit, one list per visible part (each polygon of a
 * MultiPolygon, each line of a MultiLineString), most preferred first: for an area, points of a
 * grid laid over each polygon that fall inside it (and outside `outside`), nearest the middle of
 * those first and spread apart; for a line, points along it from its middle outwards; for a point,
 * the point. A part with no free point has an empty list. No Turf: this runs in the browser, with
 * the map.
 *
 * @example labelCandidates({ type: 'LineString', coordinates: [[0, 0], [2, 0]] }, { max: 1 }) // [[[1, 0]]]
 */
export function labelCandidates(
	geometry: Geometry,
	{ outside = [], max = 12, grid = 24, minPart = 0.02 }: LabelCandidateOptions = {}
): [number, number][][] {
	switch (geometry.type) {
		case 'Point':
			return [[[geometry.coordinates[0], geometry.coordinates[1]]]];
		case 'LineString':
			return [lineCandidates(geometry.coordinates, max)];
		case 'MultiLineString':
			return geometry.coordinates.map((l) => lineCandidates(l, max));
		default: {
			const parts = polygonsOf(geometry);
			const holes = outside.flatMap(polygonsOf);
			const size = parts.map((p) => {
				const { dx, dy } = apparent(extent(p[0]));
				return dx * dy;
			});
			const largest = Math.max(...size);
			return parts
				.filter((_, i) => size[i] >= minPart * largest)
				.map((p) => polygonCandidates(p, holes, grid, max));
		}
	}
}
