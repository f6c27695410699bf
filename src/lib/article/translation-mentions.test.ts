import { describe, expect, it } from 'vitest';
import { translationMentions, wordOccurrences } from './translation-mentions';

describe('translation mentions', () => {
	it('matches whole words only', () => {
		expect(wordOccurrences('Syria, Syrian and Syria.', 'Syria').length).toBe(2);
	});
	it('skips organisation names and lets the longest quote win', () => {
		const text = 'The Syrian Democratic Forces told Syria TV that north-east Syria is in Syria.';
		const rules = {
			exclude: ['Syrian Democratic Forces', 'Syria TV'],
			rules: [
				{ quote: 'Syria', place: 'syria' },
				{ quote: 'north-east Syria', place: 'north-east-syria' }
			]
		};
		expect(
			translationMentions(text, rules).map((m) => [text.slice(m.start, m.end), m.rule.place])
		).toEqual([
			['north-east Syria', 'north-east-syria'],
			['Syria', 'syria']
		]);
	});
});
