import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForDates, normaliseDigits, originalSpan } from './normalise-digits';

describe('normaliseDigits', () => {
	it('turns Arabic-Indic and extended Arabic-Indic digits into Latin ones', () => {
		expect(normaliseDigits('الـ ٢٣ من ٢٠٢٢')).toBe('الـ 23 من 2022');
		expect(normaliseDigits('۱۴۰۱')).toBe('1401');
	});
	it('keeps the length, so offsets are unchanged', () => {
		fc.assert(fc.property(fc.string(), (s) => normaliseDigits(s).length === s.length));
	});
});

describe('foldForDates', () => {
	it('unifies alef, yaa and taa marbuta and drops tatweel and diacritics', () => {
		expect(foldForDates('الـ 23').text).toBe('ال 23');
		expect(foldForDates('غداً الأحد').text).toBe('غدا الاحد');
		expect(foldForDates('الإثنين المقبلة آذار').text).toBe('الاثنين المقبله اذار');
	});
	it('maps every folded character back to the original text', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'غداًالـ٢3 أإآةىَُِ') }), (s) => {
				const f = foldForDates(s);
				expect(f.offsets).toHaveLength(f.text.length + 1);
				for (let i = 1; i < f.offsets.length; i++)
					expect(f.offsets[i]).toBeGreaterThan(f.offsets[i - 1]);
			})
		);
	});
	it('gives back original spans that keep the diacritics of their last letter', () => {
		const text = 'سيصل غداً إلى';
		const f = foldForDates(text);
		const at = f.text.indexOf('غدا');
		const span = originalSpan(text, f, at, at + 3);
		expect(text.slice(span.start, span.end)).toBe('غداً');
	});
});
