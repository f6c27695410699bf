import { describe, expect, it } from 'vitest';
import { daysInMonth, GULF_MONTHS, LEVANTINE_MONTHS, MONTH_PATTERN, monthOf } from './months';

describe('monthOf', () => {
	it('knows both systems, month by month', () => {
		for (let m = 1; m <= 12; m++) {
			expect(monthOf(LEVANTINE_MONTHS[m - 1])).toBe(m);
			for (const name of GULF_MONTHS[m - 1]) expect(monthOf(name)).toBe(m);
		}
	});
	it('accepts spelling variants', () => {
		expect(monthOf('ابريل')).toBe(4);
		expect(monthOf('إبريل')).toBe(4);
		expect(monthOf('يونيه')).toBe(6);
		expect(monthOf('اذار')).toBe(3);
		expect(monthOf('تشرين  أول')).toBe(10);
		expect(monthOf('كانون ثاني')).toBe(1);
	});
	it('does not take other words for months', () => {
		expect(monthOf('الخميس')).toBeUndefined();
		expect(monthOf('كانون')).toBeUndefined();
	});
	it('gives a pattern that matches each folded name whole', () => {
		const re = new RegExp(`^(?:${MONTH_PATTERN})$`);
		expect(re.test('كانون الاول')).toBe(true);
		expect(re.test('اب')).toBe(true);
		expect(re.test('ابريلX')).toBe(false);
	});
});

describe('daysInMonth', () => {
	it('knows leap years', () => {
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(2023, 2)).toBe(28);
		expect(daysInMonth(1900, 2)).toBe(28);
		expect(daysInMonth(2000, 2)).toBe(29);
		expect(daysInMonth(2022, 12)).toBe(31);
		expect(daysInMonth(2022, 11)).toBe(30);
	});
});
