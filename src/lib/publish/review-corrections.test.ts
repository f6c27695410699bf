import { describe, expect, it } from 'vitest';
import { parseBundle } from '../data/bundle';
import { applyCorrections, type ReviewedMention } from '../geoparse/corrections';
import { articleBundle, bundleFileName } from './bundle';
import { reviewCorrections, shiftCorrections } from './review-corrections';

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
