import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, nearestWeekday, weekdayOf, weekdayOfDay } from './weekdays';

describe('weekdayOf', () => {
	it('reads the seven names and their hamza variants', () => {
		expect(weekdayOf('الأحد')).toBe(0);
		expect(weekdayOf('الإثنين')).toBe(1);
		expect(weekdayOf('الاثنين')).toBe(1);
		expect(weekdayOf('الثلاثاء')).toBe(2);
		expect(weekdayOf('الاربعاء')).toBe(3);
		expect(weekdayOf('الخميس')).toBe(4);
		expect(weekdayOf('الجمعة')).toBe(5);
		expect(weekdayOf('السبت')).toBe(6);
		expect(weekdayOf('الاثنان')).toBeUndefined();
	});
});

describe('calendar arithmetic', () => {
	it('numbers days in UTC and knows their weekday', () => {
		expect(weekdayOfDay(dayNumber(2022, 12, 3))).toBe(6);
		expect(weekdayOfDay(dayNumber(2024, 2, 29))).toBe(4);
		expect(weekdayOfDay(dayNumber(1969, 12, 31))).toBe(3);
		expect(isoDay(dayNumber(2024, 2, 29))).toBe('2024-02-29');
	});
	it('finds the last such weekday strictly before and the next strictly after', () => {
		const sat = dayNumber(2022, 12, 3);
		expect(isoDay(nearestWeekday(sat, 3, -1))).toBe('2022-11-30');
		expect(isoDay(nearestWeekday(sat, 4, -1))).toBe('2022-12-01');
		expect(isoDay(nearestWeekday(sat, 6, -1))).toBe('2022-11-26');
		expect(isoDay(nearestWeekday(sat, 6, 1))).toBe('2022-12-10');
		expect(isoDay(nearestWeekday(sat, 0, 1))).toBe('2022-12-04');
	});
	it('always lands one to seven days away on the asked weekday', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -40000, max: 40000 }),
				fc.integer({ min: 0, max: 6 }),
				fc.constantFrom(-1 as const, 1 as const),
				(day, wd, dir) => {
					const d = nearestWeekday(day, wd, dir);
					const gap = (d - day) * dir;
					return weekdayOfDay(d) === wd && gap >= 1 && gap <= 7;
				}
			)
		);
	});
});
