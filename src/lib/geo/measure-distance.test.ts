import { describe, expect, it } from 'vitest';
import { measureDistance } from './measure-distance';

describe('measureDistance', () => {
	it("measures al-Hol camp to al-Sina'a prison as about 36 km (haversine)", () => {
		expect(measureDistance([41.14861, 36.37556], [40.7625, 36.4775])).toBeCloseTo(36.3, 0);
	});
	it('is zero for the same point and symmetric', () => {
		expect(measureDistance([41, 36], [41, 36])).toBe(0);
		expect(measureDistance([41, 36], [-77, 38.9])).toBeCloseTo(
			measureDistance([-77, 38.9], [41, 36]),
			9
		);
	});
	it('rejects a malformed point', () => {
		expect(() => measureDistance([41], [41, 36])).toThrow(/two \[longitude, latitude\] points/);
	});
});
