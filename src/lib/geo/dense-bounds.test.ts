import { describe, expect, it } from 'vitest';
import { denseBounds } from './dense-bounds';

describe('denseBounds', () => {
	it('frames where most points are, leaving far ones out', () => {
		const syria = [
			[36.3, 33.5],
			[37.2, 36.2],
			[41.1, 36.4],
			[35.5, 33.9]
		];
		const far = [
			[-77, 38.9],
			[-82.5, 27.9],
			[37.6, 55.8]
		];
		expect(denseBounds([...syria, ...far])).toEqual([35.5, 33.5, 41.1, 36.4]);
	});
	it('keeps all of a tight group, and gives null for none', () => {
		expect(denseBounds([[36, 33]])).toEqual([36, 33, 36, 33]);
		expect(denseBounds([])).toBeNull();
	});
});
