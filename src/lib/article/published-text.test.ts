import { describe, expect, it } from 'vitest';
import { monthLabel, publishedDay, publishedText } from './published-text';

describe('publishedText', () => {
	it('writes the date and time out in both languages', () => {
		const t = publishedText('2022-12-03T11:14:00+03:00');
		expect(t.en).toBe('Saturday, 3 December 2022 at 11:14');
		// Arabic, with Latin digits: Saturday (السبت), December (كانون الأول), 2022, 11:14.
		expect(t.ar).toContain('السبت');
		expect(t.ar).toContain('كانون الأول');
		expect(t.ar).toMatch(/2022/);
		expect(t.ar).toMatch(/11:14/);
	});
	it("gives the time in the article's own offset, wherever the build runs", () => {
		expect(publishedText('2024-11-20T18:00:00+02:00').en).toBe(
			'Wednesday, 20 November 2024 at 18:00'
		);
		expect(publishedText('2022-12-03T08:14:00Z').en).toBe('Saturday, 3 December 2022 at 08:14');
		expect(publishedText('2024-01-01T00:30:00-05:00').en).toBe('Monday, 1 January 2024 at 00:30');
	});
	it('refuses what is not a date, naming it', () => {
		expect(() => publishedText('soon')).toThrow('Not a date: "soon"');
	});
});

describe('publishedDay and monthLabel', () => {
	it('the day the outlet wrote, and a month, in both languages', () => {
		expect(publishedDay('2024-11-20T23:30:00-05:00', 'en')).toBe('20 November 2024');
		expect(publishedDay('2022-12-03T11:14:00+03:00', 'ar')).toContain('كانون الأول');
		expect(monthLabel('2022-12', 'en')).toBe('Dec 2022');
		expect(monthLabel('2022-12', 'ar')).toBe('كانون الأول 2022');
	});
});
