import { describe, expect, it } from 'vitest';
import { bearingDistance } from './bearing-distance';

const HASAKAH = [40.74222, 36.51167];
const WASHINGTON = [-77.03637, 38.89511];

describe('bearingDistance', () => {
	it('gives haversine km, a bearing in [0, 360) and the compass word', () => {
		expect(bearingDistance([0, 0], [0, 1])).toMatchObject({ compass_en: 'N', compass_ar: 'شمال' });
		expect(bearingDistance([0, 0], [0, 1]).distance_km).toBeCloseTo(111.195, 2);
		expect(bearingDistance([0, 0], [1, 0])).toMatchObject({ bearing_deg: 90, compass_en: 'E' });
		const sw = bearingDistance([0, 0], [-1, -1]);
		expect(sw.bearing_deg).toBeCloseTo(225, 1);
		expect(sw).toMatchObject({ compass_en: 'SW', compass_ar: 'جنوب غرب' });
		expect(bearingDistance([0, 0], [-1, 0.1])).toMatchObject({
			compass_en: 'W',
			compass_ar: 'غرب'
		});
		expect(bearingDistance([0, 0], [-1, 1]).compass_ar).toBe('شمال غرب');
	});

	it('puts Washington about 9,500 km west of al-Hasakah on the map (rhumb)', () => {
		const w = bearingDistance(HASAKAH, WASHINGTON);
		expect(w.distance_km).toBeGreaterThan(9400);
		expect(w.distance_km).toBeLessThan(9600);
		expect(w.compass_en).toBe('W');
	});

	it('gives the great-circle start bearing on request', () => {
		expect(bearingDistance(HASAKAH, WASHINGTON, { bearing: 'initial' }).compass_en).toBe('NW');
	});

	it('says plainly what is wrong', () => {
		expect(() => bearingDistance([0], [0, 1])).toThrow("expected 'from'");
		expect(() => bearingDistance([0, 0], [0, 1], { bearing: 'x' as never })).toThrow("'rhumb'");
	});
});
