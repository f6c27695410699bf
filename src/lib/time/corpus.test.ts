/**
 * The resolver against a corpus of sentences written for it (test/corpus.json): publication
 * date-times across month and year boundaries, a leap day, 1 January, Sundays and Mondays, a
 * publication whose UTC date differs from its local one. A found expression counts as right only
 * if both its quote and its value are those expected.
 */
import { describe, expect, it } from 'vitest';
import corpus from './test/corpus.json';
import { resolveDates } from './resolve-dates';

interface Case {
	published: string;
	text: string;
	expected: [string, string][];
}

const key = (quote: string, value: string) => `${quote} → ${value}`;

function score(cases: Case[]) {
	let truePositives = 0;
	let found = 0;
	let expected = 0;
	const misses: string[] = [];
	for (const c of cases) {
		const want = c.expected.map(([q, v]) => key(q, v));
		const got = resolveDates(c.text, c.published).map((r) => key(r.quote, r.value));
		found += got.length;
		expected += want.length;
		const left = [...want];
		for (const g of got) {
			const i = left.indexOf(g);
			if (i === -1) misses.push(`extra   ${g}  | ${c.published} ${c.text}`);
			else {
				truePositives++;
				left.splice(i, 1);
			}
		}
		for (const w of left) misses.push(`missed  ${w}  | ${c.published} ${c.text}`);
	}
	return {
		precision: found === 0 ? 1 : truePositives / found,
		recall: expected === 0 ? 1 : truePositives / expected,
		truePositives,
		found,
		expected,
		misses
	};
}

describe('date resolver corpus', () => {
	const cases = corpus as Case[];

	it('has enough sentences with varied publication dates', () => {
		expect(cases.length).toBeGreaterThanOrEqual(70);
		expect(new Set(cases.map((c) => c.published)).size).toBeGreaterThanOrEqual(6);
	});

	it('finds and resolves the expected expressions with precision and recall of at least 0.95', () => {
		const s = score(cases);
		console.log(
			`date resolver corpus: ${cases.length} sentences, ${s.expected} expected, ${s.found} found, ` +
				`${s.truePositives} right; precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`
		);
		if (s.misses.length) console.log(s.misses.join('\n'));
		expect(s.precision).toBeGreaterThanOrEqual(0.95);
		expect(s.recall).toBeGreaterThanOrEqual(0.95);
	});
});
