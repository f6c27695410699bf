import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentences';

describe('sentenceAround', () => {
	it('returns the sentence that holds the span, with its full stop', () => {
		const t = 'أولى. ثانية فيها سوريا. ثالثة';
		const s = sentenceAround(t, t.indexOf('سوريا'), t.indexOf('سوريا') + 5);
		expect(t.slice(s.start, s.end)).toBe('ثانية فيها سوريا.');
	});
	it('ends at an Arabic question mark and starts at the block start', () => {
		const t = 'هل تبقى القوات في سوريا؟ نعم.';
		const s = sentenceAround(t, t.indexOf('سوريا'), t.indexOf('سوريا') + 5);
		expect(t.slice(s.start, s.end)).toBe('هل تبقى القوات في سوريا؟');
	});
	it('does not cut at a dot inside a number', () => {
		const t = 'في 2022.12.03 قصفت سوريا.';
		const s = sentenceAround(t, t.indexOf('سوريا'), t.indexOf('سوريا') + 5);
		expect(t.slice(s.start, s.end)).toBe(t);
	});
});
