import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/lib-files';
import { buildDataset } from '../data/dataset';
import { parseBundle } from '../data/bundle';
import { applyCorrections, type ReviewedMention } from '../geoparse/corrections';
import type { Mention } from '../geoparse/geoparse';
import { plainText } from '../article/plain-text';
import { articleBlocks } from './article-blocks';
import { articleBundle, bundleFileName } from './bundle';
import { textArticle } from './import-text';
import { resolvedEvents } from './resolved-events';
import { reviewCorrections, shiftCorrections } from './review-corrections';
import { formatReview, reviewRows } from './review-table';
import { slugFor } from './slug';

describe('textArticle', () => {
	it('takes the first line as the title and blank lines between paragraphs', () => {
		expect(textArticle('\uFEFFالعنوان\nفقرة\n\n  فقرة  ثانية\nتتمة \n\n\n')).toEqual({
			title: 'العنوان',
			blocks: [
				{ type: 'paragraph', text: 'فقرة' },
				{ type: 'paragraph', text: 'فقرة ثانية تتمة' }
			]
		});
		expect(textArticle('فقرة أولى\n\nثانية', 'عنوان آخر').blocks).toHaveLength(2);
	});
});

describe('articleBlocks', () => {
	it('a body that starts with its title keeps one title block and its offsets (shift 0)', () => {
		const r = articleBlocks({
			title: 'ع',
			blocks: [
				{ type: 'paragraph', text: 'ع' },
				{ type: 'paragraph', text: 'ف' }
			]
		});
		expect(r.blocks.map((b) => [b.id, b.type])).toEqual([
			['title', 'title'],
			['p1', 'paragraph']
		]);
		expect(r.shift).toBe(0);
	});
	it('otherwise the title goes first and the body moves by its length and a blank line', () => {
		const r = articleBlocks({
			title: 'عنوان',
			blocks: [
				{ type: 'heading', text: 'ح' },
				{ type: 'caption', text: 'ص' }
			]
		});
		expect(r.blocks.map((b) => b.id)).toEqual(['title', 'h1', 'c1']);
		expect(r.shift).toBe(7);
	});
});

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

describe('the review as corrections, and back', () => {
	const text = 'قصف قرب القامشلي\n\nووصلت تعزيزات من الشهباء. وقال موقع الحسكة نت إن…';
	const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
	const geoparsed = [
		{ ...at('القامشلي'), place: 'qamishli' },
		{ ...at('الحسكة'), place: 'al-hasakah' }
	];
	const reviewed: ReviewedMention[] = [
		{ ...at('القامشلي'), place: 'qamishli', relation: 'named' },
		{ ...at('الشهباء'), place: 'aleppo', relation: 'named' }
	];

	it('applying the corrections to the geoparser’s mentions gives the review again', () => {
		const c = reviewCorrections(text, geoparsed, reviewed);
		expect(c.remove).toEqual([
			expect.objectContaining({ quote: 'الحسكة', start: at('الحسكة').start })
		]);
		expect(c.add).toEqual([
			expect.objectContaining({ quote: 'الشهباء', occurrence: 1, place: 'aleppo' })
		]);
		expect(applyCorrections(text, geoparsed, c).map((m) => [m.start, m.place])).toEqual(
			reviewed.map((m) => [m.start, m.place])
		);
	});

	it('moved under a title that repeats a linked word, they still land on the same words', () => {
		const title = 'الشهباء والقامشلي';
		const article = `${title}\n\n${text}`;
		const shift = title.length + 2;
		const moved = shiftCorrections(
			text,
			article,
			shift,
			reviewCorrections(text, geoparsed, reviewed)
		);
		expect(moved.add[0].occurrence).toBe(2);
		const geoparsedInArticle = geoparsed.map((m) => ({
			...m,
			start: m.start + shift,
			end: m.end + shift
		}));
		expect(
			applyCorrections(article, geoparsedInArticle, moved).map((m) => [m.start - shift, m.place])
		).toEqual(reviewed.map((m) => [m.start, m.place]));
	});

	it('a link on part of a word cannot be kept, and says so', () => {
		const s = text.indexOf('الشهباء') + 2;
		expect(() =>
			reviewCorrections(text, [], [{ start: s, end: s + 3, place: 'aleppo', relation: 'named' }])
		).toThrow(/part of a word/);
	});

	it('the bundle the paste page downloads is one the data boundary accepts', () => {
		const bundle = articleBundle(text, geoparsed, reviewed, {
			title: ' قصف ',
			outlet: 'وكالة',
			outletEn: 'Agency',
			published: '2024-05-02T10:00:00+03:00',
			url: ' ',
			licence: 'CC BY 4.0'
		});
		expect(parseBundle(JSON.parse(JSON.stringify(bundle)), 'b.json')).toEqual(bundle);
		expect(bundle.paragraphs).toEqual(text.split('\n\n'));
		expect(bundle.metadata).toEqual({
			title: 'قصف',
			outlet: 'وكالة',
			outlet_en: 'Agency',
			published: '2024-05-02T10:00:00+03:00',
			licence: 'CC BY 4.0'
		});
		expect(bundleFileName({ published: '2024-05-02T10:00:00+03:00', outlet: 'Syria TV' })).toBe(
			'2024-05-02-syria-tv.khareeta.json'
		);
	});
});

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

describe('the review table', () => {
	const { places } = buildDataset(readDataFiles());
	const text = 'من طرابلس إلى حلب';
	const geoparsed: Mention[] = [
		{
			start: 3,
			end: 9,
			place: 'tripoli-lebanon',
			confidence: 0.5,
			evidence: ['importance'],
			alternatives: [{ place: 'tripoli-libya', confidence: 0.25 }]
		},
		{ start: 14, end: 17, place: 'aleppo', confidence: 0.95, evidence: ['unique'] }
	];
	const reviewed = geoparsed.map((m) => ({ ...m, relation: 'named' as const }));

	it('flags low confidence and ambiguous mentions, reading only the geoparser’s fields', () => {
		const rows = reviewRows(text, geoparsed, reviewed, places);
		expect(rows.map((r) => [r.place, r.look, r.confidence])).toEqual([
			['tripoli-lebanon', true, 0.5],
			['aleppo', false, 0.95]
		]);
		expect(rows[0].mentions[0].look).toEqual(['low confidence', 'ambiguous']);
		const printed = formatReview(text, { rows, removed: [], dates: [] });
		expect(printed).toMatch(/^! tripoli-lebanon .* 0\.50 .*importance .*tripoli-libya \(0\.25\)/m);
		expect(printed).toMatch(/^ {2}aleppo .* 0\.95 /m);
		expect(printed).toContain('1 need a human look');
	});

	it('a confident mention that other places could be is still flagged as ambiguous', () => {
		const sure = [{ ...geoparsed[0], confidence: 0.9 }];
		const rows = reviewRows(text, sure, [{ ...sure[0], relation: 'named' }], places);
		expect(rows[0].mentions[0].look).toEqual(['ambiguous']);
	});
});
