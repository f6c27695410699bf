import { describe, expect, it } from 'vitest';
import { normalise, normaliseName } from './normalise';

describe('normaliseName', () => {
	it('folds the letter variants news text mixes', () => {
		expect(normaliseName('إسطنبول')).toBe(normaliseName('اسطنبول'));
		expect(normaliseName('أنقرة')).toBe('انقره');
		expect(normaliseName('سوريا')).not.toBe(normaliseName('سورية')); // different letters, both names
		expect(normaliseName('القامشلى')).toBe(normaliseName('القامشلي'));
		expect(normaliseName('کوبانی')).toBe(normaliseName('كوباني')); // Persian kaf and yeh
		expect(normaliseName('مؤتة')).toBe('موته');
	});
	it('drops tashkeel, tatweel, zero-width and direction marks', () => {
		expect(normaliseName('دِمَشْقُ')).toBe('دمشق');
		expect(normaliseName('حلــــب')).toBe('حلب');
		expect(normaliseName('\u200fالحسكة\u200e')).toBe('الحسكه');
		expect(normaliseName('سو\u200cريا')).toBe('سوريا');
	});
	it('folds presentation forms, digits, Latin case and accents, and white space', () => {
		expect(normaliseName('\ufedb\ufeee\ufe91\ufe8e\ufee7\ufef2')).toBe('كوباني');
		expect(normaliseName('٢٠٢٢')).toBe('2022');
		expect(normaliseName('Ceylanpınar')).toBe('ceylanpinar');
		expect(normaliseName('İzmir')).toBe('izmir');
		expect(normaliseName(' دير \n\t الزور ')).toBe('دير الزور');
	});
});

describe('normalise', () => {
	it('maps every normalised unit back to its original range', () => {
		const text = 'بِالرَّقّة';
		const n = normalise(text);
		const units = Array.from(n.codes.subarray(0, n.length), (c) => String.fromCharCode(c));
		expect(units.join('')).toBe('بالرقه');
		for (let i = 0; i < n.length; i++) {
			const original = text.slice(n.start[i], n.start[i] + 1);
			expect(normaliseName(original)).toBe(units[i]);
		}
	});
	it('expands a ligature to several units that share its range', () => {
		const n = normalise('\ufefb'); // لا ligature
		expect(n.length).toBe(2);
		expect([n.start[0], n.start[1]]).toEqual([0, 0]);
	});
	it('copes with lone surrogates and empty text', () => {
		expect(normalise('').length).toBe(0);
		expect(normalise('\ud800x\udc00').length).toBe(3);
	});
});

describe('normaliseName', () => {
	it('folds a name exactly as normalise folds a text, trimmed', () => {
		const viaText = (s: string) => {
			const n = normalise(s);
			return String.fromCharCode(...n.codes.subarray(0, n.length)).trim();
		};
		for (const s of [
			'  إسطنبول ',
			'دَيْرُ   الزُّورِ',
			'ﻻ إله',
			'Zürich  ',
			'الرقة\u200f',
			'ٱلْقُدْس',
			' ',
			''
		])
			expect(normaliseName(s), JSON.stringify(s)).toBe(viaText(s));
	});
});

describe('normalise with reuse', () => {
	it('lends the previous arrays to the next call, and its result is still right', () => {
		const a = normalise('بِالرَّقّة في سوريا', true);
		const b = normalise('دير الزور', true);
		expect(b.codes).toBe(a.codes);
		expect(String.fromCharCode(...b.codes.subarray(0, b.length))).toBe('دير الزور');
		expect(b.start[4]).toBe(4);
		// Without reuse every call has arrays of its own.
		expect(normalise('دير الزور').codes).not.toBe(b.codes);
	});
});
