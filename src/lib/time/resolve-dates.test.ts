import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ordinalDay, publicationDay, resolveDates } from './resolve-dates';

const SAT = '2022-12-03T11:14:00+03:00';
const values = (text: string, published = SAT) =>
	resolveDates(text, published).map((r) => [r.quote, r.value]);

describe('publicationDay', () => {
	it('takes the calendar date in the publication’s own time zone, not UTC', () => {
		expect(publicationDay('2022-12-03T01:30:00+03:00')).toMatchObject({
			year: 2022,
			month: 12,
			day: 3
		});
		expect(publicationDay('2022-12-31T23:30:00-05:00')).toMatchObject({
			year: 2022,
			month: 12,
			day: 31
		});
		expect(publicationDay('2024-02-29')).toMatchObject({ month: 2, day: 29 });
	});
	it('throws a plain RangeError for something that is not a date', () => {
		expect(() => publicationDay('3 December 2022')).toThrow(RangeError);
		expect(() => publicationDay('2023-02-29T10:00:00+03:00')).toThrow(/not an ISO date-time/);
	});
	it('resolves yesterday against the local day', () => {
		expect(values('أمس', '2022-12-03T01:30:00+03:00')).toEqual([['أمس', '2022-12-02']]);
		expect(values('غداً', '2022-12-31T23:30:00-05:00')).toEqual([['غداً', '2023-01-01']]);
	});
});

describe('resolveDates: the seed article’s expressions', () => {
	it('resolves them as the fact sheet does', () => {
		expect(values('ستبدأ اليوم السبت في المنطقة')).toEqual([['اليوم السبت', '2022-12-03']]);
		expect(values('خلوصي أكار، الأربعاء الماضي، أن')).toEqual([['الأربعاء الماضي', '2022-11-30']]);
		expect(values('والخميس، أعلنت')).toEqual([['الخميس', '2022-12-01']]);
		expect(values('في الـ 23 من الشهر الماضي، أن')).toEqual([
			['الـ 23 من الشهر الماضي', '2022-11-23']
		]);
	});
	it('reports UTF-16 offsets into the original text, leaving out the clitic', () => {
		const text = 'والخميس، أعلنت';
		const [r] = resolveDates(text, SAT);
		expect([r.start, r.end, r.kind]).toEqual([1, 7, 'date']);
		expect(text.slice(r.start, r.end)).toBe(r.quote);
	});
});

describe('resolveDates: weekdays', () => {
	it('reads a bare weekday as the last one strictly before publication', () => {
		expect(values('السبت')).toEqual([['السبت', '2022-11-26']]);
		expect(values('يوم الجمعة')).toEqual([['يوم الجمعة', '2022-12-02']]);
	});
	it('reads المقبل/القادم as the next one after publication', () => {
		expect(values('الجمعة المقبلة')).toEqual([['الجمعة المقبلة', '2022-12-09']]);
		expect(values('السبت القادم')).toEqual([['السبت القادم', '2022-12-10']]);
	});
	it('does not read "the two" as Monday', () => {
		expect(values('بين الاثنين خلاف')).toEqual([]);
		expect(values('غادر الاثنين معاً')).toEqual([]);
	});
});

describe('resolveDates: relative days and ranges', () => {
	it('knows today, yesterday, tomorrow and the days beyond', () => {
		expect(values('اليوم')).toEqual([['اليوم', '2022-12-03']]);
		expect(values('البارحة')).toEqual([['البارحة', '2022-12-02']]);
		expect(values('بالأمس')).toEqual([['الأمس', '2022-12-02']]);
		expect(values('أول أمس')).toEqual([['أول أمس', '2022-12-01']]);
		expect(values('بعد غد')).toEqual([['بعد غد', '2022-12-05']]);
	});
	it('does not take اليومي, اليوم العالمي or ذلك اليوم for today', () => {
		expect(values('مؤتمره الصحفي اليومي')).toEqual([]);
		expect(values('اليوم العالمي للطفل')).toEqual([]);
		expect(values('كان ذلك اليوم عصيباً')).toEqual([]);
	});
	it('gives weeks (from Saturday), months and years as ISO intervals', () => {
		expect(values('الأسبوع الماضي')).toEqual([['الأسبوع الماضي', '2022-11-26/2022-12-02']]);
		expect(values('الشهر الماضي')).toEqual([['الشهر الماضي', '2022-11-01/2022-11-30']]);
		expect(values('هذا الشهر')).toEqual([['هذا الشهر', '2022-12-01/2022-12-31']]);
		expect(values('السنة الماضية')).toEqual([['السنة الماضية', '2021-01-01/2021-12-31']]);
		expect(resolveDates('العام الماضي', SAT)[0].kind).toBe('range');
	});
	it('lets the week start on another day when asked', () => {
		expect(resolveDates('الأسبوع الماضي', SAT, { weekStartsOn: 1 })[0].value).toBe(
			'2022-11-21/2022-11-27'
		);
	});
	it('crosses a year boundary', () => {
		expect(values('الشهر الماضي', '2023-01-01T10:00:00+03:00')).toEqual([
			['الشهر الماضي', '2022-12-01/2022-12-31']
		]);
	});
});

describe('resolveDates: explicit and month-relative dates', () => {
	it('reads both month systems, both digit systems, and numeric dates day first', () => {
		expect(values('3 كانون الأول 2022')).toEqual([['3 كانون الأول 2022', '2022-12-03']]);
		expect(values('٣ ديسمبر ٢٠٢٢')).toEqual([['٣ ديسمبر ٢٠٢٢', '2022-12-03']]);
		expect(values('2022.12.03')).toEqual([['2022.12.03', '2022-12-03']]);
		expect(values('03/12/2022')).toEqual([['03/12/2022', '2022-12-03']]);
	});
	it('reads ordinal day words up to the thirty-first', () => {
		expect(ordinalDay('الأول')).toBe(1);
		expect(ordinalDay('الحادي عشر')).toBe(11);
		expect(ordinalDay('الثالث والعشرين')).toBe(23);
		expect(ordinalDay('الحادي والثلاثين')).toBe(31);
		expect(values('الحادي والثلاثين من الشهر الجاري')).toEqual([
			['الحادي والثلاثين من الشهر الجاري', '2022-12-31']
		]);
	});
	it('annotates nothing for a day that does not exist, and never a shorter part of it', () => {
		expect(values('31 شباط 2022')).toEqual([]);
		expect(values('الحادي والثلاثين من الشهر الماضي')).toEqual([]);
		expect(values('29/02/2023')).toEqual([]);
		expect(values('الـ 29 من الشهر الماضي', '2024-03-01T09:00:00+02:00')).toEqual([
			['الـ 29 من الشهر الماضي', '2024-02-29']
		]);
	});
	it('keeps "الشهر الماضي" inside "الـ 23 من الشهر الماضي" one expression', () => {
		expect(resolveDates('في الـ 23 من الشهر الماضي، والشهر الماضي كله', SAT)).toHaveLength(2);
	});
});

describe('resolveDates: any text', () => {
	it('never throws, and every result is a non-overlapping span whose quote is its text', () => {
		const unit = fc.constantFrom(
			...'ال اليوم أمس غداً الخميس الماضي المقبل الشهر من 23 ٢٣ شباط كانون الأول 2022 . / - و ف في يوم'.split(
				/(?=\s)/
			)
		);
		fc.assert(
			fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
				const text = parts.join('');
				const found = resolveDates(text, SAT);
				let last = 0;
				for (const r of found) {
					expect(r.start).toBeGreaterThanOrEqual(last);
					expect(text.slice(r.start, r.end)).toBe(r.quote);
					expect(r.value).toMatch(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/);
					last = r.end;
				}
			})
		);
		fc.assert(fc.property(fc.string(), (s) => Array.isArray(resolveDates(s, SAT))));
	});
});
