/**
 * The box that frames where most of a set of points are: the points are counted in cells of 10°
 * by 10°, and the box holds the points of the fullest 3 × 3 block of cells. A Washington and a
 * Moscow among many Syrian towns are left out of the first view; points that all lie close
 * together are all kept. Null for no points.
 *
 * @example denseBounds([[36, 33], [37, 34], [-77, 38.9]]) // [36, 33, 37, 34]
 */
import type { Bounds } from './story-frame';

const CELL_DEG = 10;

export function denseBounds(points: readonly (readonly number[])[]): Bounds | null {
	if (!points.length) return null;
	const cell = ([x, y]: readonly number[]) =>
		[Math.floor(x / CELL_DEG), Math.floor(y / CELL_DEG)] as const;
	const counts = new Map<string, number>();
	for (const p of points) {
		const [i, j] = cell(p);
		counts.set(`${i},${j}`, (counts.get(`${i},${j}`) ?? 0) + 1);
	}
	// The block of 3 × 3 cells around each cell, by how many points it holds.
	let best: { i: number; j: number; n: number } | null = null;
	for (const key of [...counts.keys()].sort()) {
		const [i, j] = key.split(',').map(Number);
		let n = 0;
		for (let di = -1; di <= 1; di++)
			for (let dj = -1; dj <= 1; dj++) n += counts.get(`${i + di},${j + dj}`) ?? 0;
		if (!best || n > best.n) best = { i, j, n };
	}
	const kept = points.filter((p) => {
		const [i, j] = cell(p);
		return Math.abs(i - best!.i) <= 1 && Math.abs(j - best!.j) <= 1;
	});
	return [
		Math.min(...kept.map((p) => p[0])),
		Math.min(...kept.map((p) => p[1])),
		Math.max(...kept.map((p) => p[0])),
		Math.max(...kept.map((p) => p[1]))
	];
}
