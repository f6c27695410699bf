import { describe, expect, it } from 'vitest';
import { geometryBox } from './geometry-box';

describe('geometryBox', () => {
	it('boxes a point, a polygon and a multi-polygon alike', () => {
		expect(geometryBox([35.5, 33.9])).toEqual([35.5, 33.9, 35.5, 33.9]);
		expect(
			geometryBox([
				[
					[35, 36],
					[36, 37],
					[35, 37],
					[35, 36]
				]
			])
		).toEqual([35, 36, 36, 37]);
		expect(geometryBox([[[[1, 2]]], [[[-3, 5]]]])).toEqual([-3, 2, 1, 5]);
	});
	it('has no box for no positions', () => {
		expect(geometryBox([])).toBeNull();
		expect(geometryBox([[]])).toBeNull();
	});
});
