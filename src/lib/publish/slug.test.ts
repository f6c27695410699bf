import { describe, expect, it } from 'vitest';
import { slugFor } from './slug';

describe('slugFor', () => {
	const base = { published: '2022-12-03T11:14:00+03:00', text: 'نص' };
	it('uses Latin words of the title or the URL, then the date', () => {
		expect(slugFor({ ...base, title: 'US pauses ISIS operations' })).toBe(
			'us-pauses-isis-operations-2022-12-03'
		);
		expect(
			slugFor({ ...base, title: 'خبر', url: 'https://x.org/news/2022/12/us-pauses-isis.html' })
		).toBe('us-pauses-isis-2022-12-03');
	});
	it('for an Arabic title and no such URL, the date and a hash of the text: the same text, the same slug', () => {
		const a = slugFor({ ...base, title: 'خبر', url: 'https://x.org/?p=123' });
		expect(a).toMatch(/^article-2022-12-03-[0-9a-f]{6}$/);
		expect(slugFor({ ...base, title: 'خبر' })).toBe(a);
		expect(slugFor({ ...base, title: 'خبر', text: 'نص آخر' })).not.toBe(a);
	});
});
