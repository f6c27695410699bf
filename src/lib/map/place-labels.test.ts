import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { besideMarker, boxAround, intersects, placeLabels, type Box } from './place-labels';

const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('placeLabels', () => {
	it('takes the first free candidate, earlier labels first', () => {
		const chosen = placeLabels(
			[
				{ sizes: [{ w: 100, h: 20 }], at: [{ x: 200, y: 150 }] },
				{
					sizes: [{ w: 100, h: 20 }],
					at: [
						{ x: 210, y: 155 },
						{ x: 200, y: 180 }
					]
				}
			],
			{ bounds }
		);
		expect(chosen).toEqual([
			{ index: 0, size: 0 },
			{ index: 1, size: 0 }
		]);
	});

	it('keeps clear of obstacles and of the edges, and gives up when nothing is free', () => {
		const marker = boxAround(200, 150, 22, 22);
		const chosen = placeLabels(
			[
				{
					sizes: [{ w: 60, h: 16 }],
					at: [
						{ x: 200, y: 150 },
						{ x: 390, y: 150 },
						{ x: 200, y: 120 }
					]
				},
				{ sizes: [{ w: 60, h: 16 }], at: [{ x: 205, y: 125 }] }
			],
			{ bounds, obstacles: [marker] }
		);
		expect(chosen).toEqual([{ index: 2, size: 0 }, null]);
	});

	it('keeps a gap between labels', () => {
		const at = (x: number) => [{ x, y: 100 }];
		expect(
			placeLabels(
				[
					{ sizes: [{ w: 10, h: 10 }], at: at(50) },
					{ sizes: [{ w: 10, h: 10 }], at: at(61) }
				],
				{ bounds }
			)
		).toEqual([{ index: 0, size: 0 }, null]);
		expect(
			placeLabels(
				[
					{ sizes: [{ w: 10, h: 10 }], at: at(50) },
					{ sizes: [{ w: 10, h: 10 }], at: at(64) }
				],
				{ bounds }
			)
		).toEqual([
			{ index: 0, size: 0 },
			{ index: 0, size: 0 }
		]);
	});

	it('falls back to the smaller size at the first candidate free for it', () => {
		const chosen = placeLabels(
			[
				{ sizes: [{ w: 100, h: 20 }], at: [{ x: 200, y: 150 }] },
				{
					at: [
						{ x: 200, y: 150 },
						{ x: 200, y: 168 },
						{ x: 300, y: 200 }
					],
					sizes: [
						{ w: 100, h: 20 },
						{ w: 14, h: 14 }
					]
				}
			],
			{ bounds }
		);
		expect(chosen[1]).toEqual({ index: 2, size: 0 });
		const crowded = placeLabels(
			[
				{ sizes: [{ w: 380, h: 40 }], at: [{ x: 200, y: 150 }] },
				{
					at: [
						{ x: 200, y: 150 },
						{ x: 200, y: 180 }
					],
					sizes: [
						{ w: 100, h: 20 },
						{ w: 14, h: 14 }
					]
				}
			],
			{ bounds }
		);
		expect(crowded[1]).toEqual({ index: 1, size: 1 });
	});

	it('never lets two placed labels, or a label and an obstacle, overlap (property)', () => {
		const point = fc.record({
			x: fc.integer({ min: 0, max: 400 }),
			y: fc.integer({ min: 0, max: 300 })
		});
		const size = fc.record({
			w: fc.integer({ min: 4, max: 200 }),
			h: fc.integer({ min: 4, max: 40 })
		});
		const label = fc.record({
			sizes: fc.array(size, { minLength: 1, maxLength: 3 }),
			at: fc.array(point, { minLength: 1, maxLength: 6 })
		});
		fc.assert(
			fc.property(
				fc.array(label, { maxLength: 30 }),
				fc.array(point, { maxLength: 10 }),
				(labels, markers) => {
					const obstacles = markers.map((m) => boxAround(m.x, m.y, 22, 22));
					const chosen = placeLabels(labels, { bounds, obstacles });
					const boxes = chosen.flatMap((p, k) =>
						p === null
							? []
							: [
									boxAround(
										labels[k].at[p.index].x,
										labels[k].at[p.index].y,
										labels[k].sizes[p.size].w,
										labels[k].sizes[p.size].h
									)
								]
					);
					for (let a = 0; a < boxes.length; a++) {
						expect(boxes[a].x0 >= 0 && boxes[a].x1 <= 400).toBe(true);
						for (const o of obstacles) expect(intersects(boxes[a], o)).toBe(false);
						for (let b = a + 1; b < boxes.length; b++)
							expect(intersects(boxes[a], boxes[b])).toBe(false);
					}
				}
			)
		);
	});
});

describe('besideMarker', () => {
	it('puts a name after the marker in the reading direction first', () => {
		const size = { w: 40, h: 16 };
		expect(besideMarker({ x: 100, y: 50 }, 11, size, 'ltr')[0]).toEqual({
			side: 'end',
			x: 135,
			y: 50
		});
		expect(besideMarker({ x: 100, y: 50 }, 11, size, 'rtl')[0]).toEqual({
			side: 'end',
			x: 65,
			y: 50
		});
		expect(besideMarker({ x: 100, y: 50 }, 11, size, 'rtl').map((c) => c.side)).toEqual([
			'end',
			'start',
			'below',
			'above'
		]);
	});
});
