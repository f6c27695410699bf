import { describe, expect, it } from 'vitest';
import { plainText } from '../article/plain-text';
import { resolvedEvents } from './resolved-events';

describe('resolvedEvents', () => {
	it('one event per resolved date, resting on its sentence, with the mentions in it', () => {
		const blocks = [
			{ id: 'title', type: 'title' as const, text: 'عنوان' },
			{ id: 'p1', type: 'paragraph' as const, text: 'وصلوا إلى حمص أمس. وفي دمشق لا شيء.' }
		];
		const text = plainText(blocks);
		const homs = text.indexOf('حمص');
		const ann = {
			id: '#m-01',
			body: { type: 'SpecificResource' as const, purpose: 'identifying' as const, source: 'homs' },
			target: {
				source: 'article.json',
				selector: [
					{ type: 'TextPositionSelector' as const, start: homs, end: homs + 3 },
					{ type: 'TextQuoteSelector' as const, exact: 'حمص', prefix: '', suffix: '' }
				] as [
					{ type: 'TextPositionSelector'; start: number; end: number },
					{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
				]
			}
		};
		const file = resolvedEvents({ slug: 's', published: '2024-03-16T09:30:00+03:00', blocks }, [
			ann
		]);
		expect(file.events).toEqual([
			expect.objectContaining({
				id: `e-2024-03-15-at-${text.indexOf('أمس')}`,
				date: '2024-03-15',
				expression: expect.objectContaining({ quote: 'أمس' }),
				places: ['homs'],
				mentions: [{ id: '#m-01', place: 'homs', start: homs, end: homs + 3 }],
				sources: []
			})
		]);
		expect(file.events[0].summary).toBeUndefined();
	});
});
