import { describe, expect, it } from 'vitest';
import type { Annotation } from '../data/schema';
import type { Place } from '../data/dataset';
import {
	checkText,
	decodeText,
	MAX_PARAGRAPH_LENGTH,
	MAX_TEXT_BYTES,
	pastedArticle,
	pastedView,
	SENTENCE_CONTEXT
} from './paste-article';
import { articleView } from './view-model';
import { reviewedAnnotationCollection } from '../geoparse/reviewed-annotations';

const place = (id: string, ar: string, coordinates: [number, number]): Place => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates },
	properties: {
		name: { ar, en: id },
		variants: { ar: [], en: [] },
		kind: 'city',
		country: 'SY',
		precision_m: 100,
		sources: ['https://example.org/']
	}
});
const places = new Map([
	['qamishli', place('qamishli', 'القامشلي', [41.22, 37.05])],
	['hasakah', place('hasakah', 'الحسكة', [40.75, 36.5])]
]);

function annotate(text: string, quotes: [string, string][]): Annotation[] {
	const mentions = [];
	for (const [quote, id] of quotes)
		for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
			mentions.push({ start: at, end: at + quote.length, place: id, relation: 'named' as const });
	mentions.sort((a, b) => a.start - b.start);
	return reviewedAnnotationCollection(text, mentions, { source: 't', label: 'x' }).first
		.items as Annotation[];
}

describe('checkText', () => {
	it('says why empty, binary, too large or too long a text cannot be mapped', () => {
		expect(checkText(' \n\t \n')?.code).toBe('empty');
		expect(checkText('abc\u0000def')?.code).toBe('binary');
		expect(checkText('ب'.repeat(MAX_TEXT_BYTES / 2 + 1))?.code).toBe('too-large');
		expect(checkText('سطر\n'.repeat(10_001))?.code).toBe('too-many-paragraphs');
	});
	it('accepts diacritics alone and one enormous word: they are text', () => {
		expect(checkText('\u064e\u064f\u0650\u0651')).toBeNull();
		expect(checkText('ب'.repeat(100_000))).toBeNull();
	});
});

describe('decodeText', () => {
	it('decodes UTF-8 and refuses other bytes', () => {
		expect(decodeText(new TextEncoder().encode('دمشق'))).toBe('دمشق');
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ code: 'not-utf8' });
	});
});

describe('pastedArticle', () => {
	it('cuts a long line after a sentence end, and is idempotent', () => {
		const line = 'جملة قصيرة هنا. '.repeat(400);
		const { article, text } = pastedArticle(line);
		for (const b of article.blocks) {
			expect(b.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH_LENGTH);
			expect(b.text.endsWith('.')).toBe(true);
		}
		expect(pastedArticle(text).text).toBe(text);
	});

	it('makes one paragraph per non-empty line, joined by a blank line', () => {
		const { article, text } = pastedArticle('  أول \r\n\r\n\nثان\n');
		expect(article.blocks.map((b) => [b.id, b.type, b.text])).toEqual([
			['p1', 'paragraph', 'أول'],
			['p2', 'paragraph', 'ثان']
		]);
		expect(text).toBe('أول\n\nثان');
		expect(pastedArticle(text).text).toBe(text);
	});
});

describe('pastedView', () => {
	it('equals articleView for a short text', () => {
		const { article, text } = pastedArticle(
			'قصفت تركيا مواقع قرب القامشلي وبالحسكة.\nوفي القامشلي احتجاجات.'
		);
		const anns = annotate(text, [
			['القامشلي', 'qamishli'],
			['الحسكة', 'hasakah']
		]);
		expect(pastedView(article, anns, places)).toEqual(articleView(article, anns, places));
	});

	it("views every paragraph of a long text, and clips the popups' sentences", () => {
		const sentence = 'كلام كثير هنا بلا نقطة '.repeat(100);
		const { article, text } = pastedArticle(`${sentence}القامشلي ${sentence}الحسكة والقامشلي`);
		expect(article.blocks.length).toBeGreaterThan(1);
		const anns = annotate(text, [
			['القامشلي', 'qamishli'],
			['الحسكة', 'hasakah']
		]);
		const view = pastedView(article, anns, places);
		const segments = view.blocks.flatMap((b) => b.segments);
		expect(view.blocks.map((b) => b.segments.map((s) => s.text).join('')).join('\n\n')).toBe(text);
		expect(segments.flatMap((s) => ('mentionId' in s ? [s.mentionId] : []))).toEqual([
			'm-01',
			'm-02',
			'm-03'
		]);
		const qamishli = view.places.find((p) => p.id === 'qamishli')!;
		expect(qamishli.sentences.map((s) => s.mentionId)).toEqual(['m-01', 'm-03']);
		for (const s of qamishli.sentences)
			expect(s.before.length + s.after.length).toBeLessThanOrEqual(2 * SENTENCE_CONTEXT + 2);
	});

	it('cuts a 100,000-letter word into paragraphs of 3,000 letters, with no mentions', () => {
		const { article, text } = pastedArticle('ب'.repeat(100_000));
		expect(article.blocks).toHaveLength(34);
		expect(Math.max(...article.blocks.map((b) => b.text.length))).toBe(MAX_PARAGRAPH_LENGTH);
		expect(text.replaceAll('\n', '')).toHaveLength(100_000);
		expect(pastedView(article, [], places).places).toEqual([]);
	});
});
