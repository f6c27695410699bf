import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/lib-files';
import { buildDataset } from '../data/dataset';
import { eventViews, formatEventDate } from './event-view';

describe('event views', () => {
	it('formats days and intervals in both languages', () => {
		expect(formatEventDate('2022-11-30', 'en')).toBe('30 Nov 2022');
		expect(formatEventDate('2022-01-20/2022-01-30', 'en')).toMatch(/^20\s*–\s*30 Jan 2022$/);
		expect(formatEventDate('2022-11-30', 'ar')).toBe('30 تشرين الثاني 2022');
	});
	it('locates each article event sentence inside its block, and keeps its expression', () => {
		const data = buildDataset(readDataFiles());
		const a = data.articles.get('us-pauses-isis-operations-2022-12-03')!;
		const views = eventViews(a.events, a.article.blocks);
		const austin = views.find((e) => e.date === '2022-11-30')!;
		expect(austin.expression).toContain('الأربعاء الماضي');
		const block = a.article.blocks.find((b) => b.id === austin.sentence!.blockId)!;
		expect(block.text.slice(austin.sentence!.start, austin.sentence!.end)).toContain('لويد أوست');
		for (const e of views.filter((v) => v.kind === 'context')) expect(e.sentence).toBeNull();
	});
});
