import { describe, expect, it } from 'vitest';
import { publishedText } from './published-text';

describe('publishedText', () => {
	it('writes the date and Damascus time out in both languages', () => {
		const t = publishedText('2022-12-03T11:14:00+03:00');
		expect(t.en).toBe('Saturday, 3 December 2022 at 11:14');
		// Arabic, with Latin digits: Saturday (السبت), December (كانون الأول), 2022, 11:14.
		expect(t.ar).toContain('السبت');
		expect(t.ar).toContain('كانون الأول');
		expect(t.ar).toMatch(/2022/);
		expect(t.ar).toMatch(/11:14/);
	});
	it('gives the time in Damascus, wherever the build runs', () => {
		expect(publishedText('2022-12-03T08:14:00Z').en).toBe('Saturday, 3 December 2022 at 11:14');
	});
	it('refuses what is not a date, naming it', () => {
		expect(() => publishedText('soon')).toThrow('Not a date: "soon"');
	});
});
