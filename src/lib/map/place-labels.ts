/**
 * Collision detection for the labels we draw as HTML (the story's areas, the zone, the markers'
 * names), in screen pixels: each label, in order of priority, takes the first of its candidate
 * positions whose box stays inside the map and clear of every obstacle (the markers) and of every
 * label placed before it; failing that, the same with its next, smaller size (a label wrapped
 * on two lines, an area folded to a badge); failing all, it is not placed. Pure: the map measures
 * and projects, this decides.
 */

/** A box in CSS pixels, from its top-left corner (x0, y0) to its bottom-right (x1, y1). */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelRequest {
	/** The label's sizes in CSS pixels, most preferred first: each is tried at every candidate. */
	sizes: { w: number; h: number }[];
	/** Candidate centres, most preferred first. */
	at: { x: number; y: number }[];
}

/** The candidate a label takes and at which of its sizes; null where none is free. */
export type Placement = { index: number; size: number } | null;

export interface PlaceOptions {
	/** Boxes no label may touch (markers). */
	obstacles?: Box[];
	/** The area labels must stay inside (the map). */
	bounds: Box;
	/** Clear space kept around each label, in pixels (default 2). */
	gap?: number;
}

export const boxAround = (x: number, y: number, w: number, h: number): Box => ({
	x0: x - w / 2,
	y0: y - h / 2,
	x1: x + w / 2,
	y1: y + h / 2
});

/** Whether two boxes overlap (touching edges do not). */
export const intersects = (a: Box, b: Box): boolean =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (a: Box, b: Box): boolean =>
	a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;

/**
 * Where each label goes. Greedy, in the order given: earlier labels win.
 *
 * @example placeLabels([{ sizes: [{ w: 10, h: 10 }], at: [{ x: 5, y: 5 }] }, { sizes: [{ w: 10, h: 10 }], at: [{ x: 8, y: 5 }, { x: 20, y: 5 }] }],
 *   { bounds: { x0: 0, y0: 0, x1: 100, y1: 100 } }) // [{ index: 0, size: 0 }, { index: 1, size: 0 }]
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	{ obstacles = [], bounds, gap = 2 }: PlaceOptions
): Placement[] {
	const taken: Box[] = [...obstacles];
	const free = (x: number, y: number, w: number, h: number) =>
		inside(boxAround(x, y, w, h), bounds) &&
		!taken.some((t) => intersects(boxAround(x, y, w + 2 * gap, h + 2 * gap), t));
	return requests.map(({ sizes, at }) => {
		for (let k = 0; k < sizes.length; k++)
			for (let i = 0; i < at.length; i++)
				if (free(at[i].x, at[i].y, sizes[k].w, sizes[k].h)) {
					taken.push(boxAround(at[i].x, at[i].y, sizes[k].w, sizes[k].h));
					return { index: i, size: k };
				}
		return null;
	});
}

export type Side = 'start' | 'end' | 'below' | 'above';

/**
 * Candidate centres of a marker's name beside it: after it in the reading direction first (to
 * its left in Arabic, its right in English), then before it, below and above.
 *
 * @example besideMarker({ x: 100, y: 50 }, 11, { w: 40, h: 16 }, 'en')[0] // { side: 'end', x: 135, y: 50 }
 */
export function besideMarker(
	centre: { x: number; y: number },
	radius: number,
	size: { w: number; h: number },
	dir: 'ltr' | 'rtl',
	gap = 4
): ({ side: Side } & { x: number; y: number })[] {
	const dx = radius + gap + size.w / 2;
	const dy = radius + gap + size.h / 2;
	const end = dir === 'rtl' ? -1 : 1;
	return [
		{ side: 'end', x: centre.x + end * dx, y: centre.y },
		{ side: 'start', x: centre.x - end * dx, y: centre.y },
		{ side: 'below', x: centre.x, y: centre.y + dy },
		{ side: 'above', x: centre.x, y: centre.y - dy }
	];
}
