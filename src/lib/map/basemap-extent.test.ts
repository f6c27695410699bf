import { describe, expect, it } from 'vitest';
import { showsBeyond } from './basemap-extent';

describe('showsBeyond', () => {
	it('is false for views of the Middle East, true for any view reaching past it', () => {
		expect(showsBeyond([34, 31, 44, 39])).toBe(false);
		expect(showsBeyond([24, 27, 50, 44])).toBe(false);
		expect(showsBeyond([20, 25, 55, 46])).toBe(true);
		expect(showsBeyond([13.5, 7.4, 53.1, 49.99])).toBe(true);
		expect(showsBeyond([-180, -85, 180, 85])).toBe(true);
		expect(showsBeyond([30, 40, 40, 47])).toBe(true);
	});
});
