/**
 * Weekday names, numbered as `Date.prototype.getUTCDay` numbers them (0 = الأحد, Sunday).
 * Matching runs on the folded text (see `foldForDates`): الإثنين and الأثنين fold to الاثنين.
 *
 * @example weekdayOf('الأربعاء') // 3
 */
import { foldForDates } from './normalise-digits';

export const WEEKDAYS = [
	'الأحد',
	'الاثنين',
	'الثلاثاء',
	'الأربعاء',
	'الخميس',
	'الجمعة',
	'السبت'
] as const;

export const WEEKDAYS_EN = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
] as const;

// Not "الاثنان": it is far more often "the two" than a misspelt Monday.
const BY_NAME = new Map<string, number>(WEEKDAYS.map((name, i) => [foldForDates(name).text, i]));

/** The weekday number (0 = Sunday) of a (folded or unfolded) weekday name; else undefined. */
export function weekdayOf(name: string): number | undefined {
	return BY_NAME.get(foldForDates(name).text.trim());
}

/** A regex source (no capture groups) matching any folded weekday name. */
export const WEEKDAY_PATTERN = [...BY_NAME.keys()].join('|');

/**
 * The most recent day with weekday `weekday` strictly before `day` (direction -1), or the first
 * one strictly after it (direction +1). Days are counted as in `dayNumber`.
 *
 * @example nearestWeekday(dayNumber(2022, 12, 3), 3, -1) // dayNumber(2022, 11, 30)
 */
export function nearestWeekday(day: number, weekday: number, direction: -1 | 1): number {
	const dayOfWeek = weekdayOfDay(day);
	const delta =
		direction < 0 ? (dayOfWeek - weekday + 7) % 7 || 7 : (weekday - dayOfWeek + 7) % 7 || 7;
	return day + direction * delta;
}

/** Days since 1970-01-01 of a calendar date (UTC arithmetic, so no time zone can shift it). */
export function dayNumber(year: number, month: number, day: number): number {
	return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
	return (((day + 4) % 7) + 7) % 7;
}

/** 'YYYY-MM-DD' of a day number. */
export function isoDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
