import { describe, expect, it, vi } from 'vitest';
import { borderSentence, formatKm, fromCentreSentence } from './spatial-text';

const alHol = {
	border_distance_km: 76.8,
	border_side: 'south' as const,
	in_zone: false,
	from_centre: { distance_km: 39.4, bearing_deg: 112.6, compass_en: 'SE', compass_ar: 'جنوب شرق' }
};
const qamishli = { ...alHol, border_distance_km: 1.6, in_zone: true };

describe('spatial sentences', () => {
	it('says al-Hol camp is 77 km south of the border, outside the zone, in both languages', () => {
		expect(borderSentence(alHol, 'en')).toBe(
			'77 km south of the Turkish border, outside the 30 km zone Turkey demanded'
		);
		expect(borderSentence(alHol, 'ar')).toBe(
			'على بعد 77 كم جنوب الحدود التركية، خارج المنطقة التي تطالب بها تركيا بعمق 30 كم'
		);
	});
	it('says a border town is inside the zone, with a decimal below 10 km', () => {
		expect(borderSentence(qamishli, 'en')).toBe(
			'1.6 km south of the Turkish border, inside the 30 km zone Turkey demanded'
		);
		expect(borderSentence(qamishli, 'ar')).toContain('داخل المنطقة');
	});
	it('gives the direction from the story centre', () => {
		expect(fromCentreSentence(alHol, 'en')).toBe('39 km south-east of the story');
		expect(fromCentreSentence({ ...alHol, from_centre: null }, 'en')).toBeNull();
	});
	it('groups thousands', () => {
		expect(formatKm(9484)).toBe('9,484');
		expect(formatKm(9484.4)).toBe('9,484');
	});
	it('formats without Intl, which would start ICU while the reader hydrates', () => {
		const made = vi.spyOn(Intl, 'NumberFormat');
		try {
			for (let km = 0; km < 200; km += 0.5) formatKm(km);
			expect(made).not.toHaveBeenCalled();
			expect(formatKm(3.25)).toBe('3.3');
			expect(formatKm(12.5)).toBe('13');
		} finally {
			made.mockRestore();
		}
	});
});
