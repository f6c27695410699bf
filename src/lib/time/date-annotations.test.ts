import { describe, expect, it } from 'vitest';
import { toDateAnnotations } from './date-annotations';
import { resolveDates } from './resolve-dates';

describe('toDateAnnotations', () => {
	it('tags each span with its ISO value and both W3C selectors', () => {
		const text = 'والخميس، أعلنت قسد ذلك، وفي الـ 23 من الشهر الماضي';
		const collection = toDateAnnotations(text, resolveDates(text, '2022-12-03T11:14:00+03:00'));
		expect(collection.total).toBe(2);
		const [first, second] = collection.first.items;
		expect(first).toEqual({
			id: '#d-01',
			type: 'Annotation',
			motivation: 'tagging',
			body: { type: 'TextualBody', purpose: 'tagging', value: '2022-12-01' },
			target: {
				source: 'article.json',
				selector: [
					{ type: 'TextPositionSelector', start: 1, end: 7 },
					{ type: 'TextQuoteSelector', exact: 'الخميس', prefix: 'و', suffix: text.slice(7, 39) }
				]
			}
		});
		expect(second.body.value).toBe('2022-11-23');
		const [pos, quote] = second.target.selector;
		expect(text.slice(pos.start, pos.end)).toBe(quote.exact);
	});
	it('is an empty collection for a text without dates', () => {
		expect(toDateAnnotations('لا تاريخ هنا', []).total).toBe(0);
	});
});
