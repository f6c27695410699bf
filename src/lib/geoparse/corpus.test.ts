import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteerIndex } from '../../../scripts/geoparse';
import { buildDataset } from '../data/dataset';
import { readDataFiles } from '../../../scripts/lib-files';
import { geoparse } from './geoparse';

interface Sentence {
	text: string;
	expected: { quote: string; place: string; after?: string }[];
}

const corpus: { sentences: Sentence[] } = JSON.parse(
	fs.readFileSync(path.join(import.meta.dirname, 'test/corpus.json'), 'utf8')
);
const index = loadGazetteerIndex();

/** Expected mentions as "start:end:place", each quote searched after the previous one. */
function expectedKeys(s: Sentence): string[] {
	let from = 0;
	return s.expected.map(({ quote, place, after }) => {
		if (after) from = s.text.indexOf(after, from) + after.length;
		const at = s.text.indexOf(quote, from);
		if (at === -1) throw new Error(`corpus: "${quote}" not found in "${s.text}" after ${from}`);
		from = at + quote.length;
		return `${at}:${from}:${place}`;
	});
}

describe('corpus of test sentences', () => {
	it('has at least 80 sentences and every expected place exists', () => {
		expect(corpus.sentences.length).toBeGreaterThanOrEqual(80);
		for (const s of corpus.sentences)
			for (const e of s.expected) expect(index.places.has(e.place), e.place).toBe(true);
	});

	it('precision and recall are at least 0.95', () => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		const misses: string[] = [];
		for (const s of corpus.sentences) {
			const want = new Set(expectedKeys(s));
			const got = new Set(geoparse(s.text, index).map((m) => `${m.start}:${m.end}:${m.place}`));
			for (const k of got)
				if (want.has(k)) tp++;
				else {
					fp++;
					misses.push(`extra ${k} "${s.text}"`);
				}
			for (const k of want)
				if (!got.has(k)) {
					fn++;
					misses.push(`missed ${k} "${s.text}"`);
				}
		}
		const precision = tp / (tp + fp);
		const recall = tp / (tp + fn);
		console.log(
			`geoparse corpus: ${corpus.sentences.length} sentences, ${tp + fn} expected mentions; ` +
				`precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
				(misses.length ? `\n  ${misses.join('\n  ')}` : '')
		);
		expect(precision).toBeGreaterThanOrEqual(0.95);
		expect(recall).toBeGreaterThanOrEqual(0.95);
	});
});

describe('the seed article', () => {
	const slug = 'us-pauses-isis-operations-2022-12-03';
	const { text, annotations } = buildDataset(readDataFiles()).articles.get(slug)!;
	const found = geoparse(text, index);

	it('finds every named mention of the committed annotations', () => {
		const got = new Set(found.map((m) => `${m.start}:${m.end}:${m.place}`));
		const named = annotations.filter((a) => a.relation === 'named');
		expect(named.length).toBeGreaterThan(0);
		for (const a of named) {
			const [pos] = a.target.selector;
			expect(got, `${a.id} "${text.slice(pos.start, pos.end)}"`).toContain(
				`${pos.start}:${pos.end}:${a.body.source}`
			);
		}
	});

	it('reports no place inside an organisation name', () => {
		for (const org of ['قوات سوريا الديمقراطية', 'تلفزيون سوريا']) {
			for (let at = text.indexOf(org); at !== -1; at = text.indexOf(org, at + 1)) {
				const inside = found.filter((m) => m.start < at + org.length && at < m.end);
				expect(inside, `"${org}" at ${at}`).toEqual([]);
			}
		}
	});
});
