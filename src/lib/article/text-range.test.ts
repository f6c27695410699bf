import { describe, expect, it } from 'vitest';
import { trimSpan } from './text-range';

describe('trimSpan', () => {
	it('drops white space and punctuation around a selection', () => {
		const text = 'في «دمشق» اليوم';
		expect(trimSpan(text, 2, 10)).toEqual({ start: 4, end: 8 });
		expect(text.slice(4, 8)).toBe('دمشق');
	});
	it('gives null for a selection of spaces and punctuation only', () => {
		expect(trimSpan('أ ، ب', 1, 4)).toBeNull();
	});
});
