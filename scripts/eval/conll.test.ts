import { describe, expect, it } from 'vitest';
import { readConll, score, topCounts } from './conll';

// Written for this test, in ANERcorp's form: clitics attached, a lost token (a line of its tag only).
const SAMPLE = [
	'وصل O',
	'الوفد O',
	'إلى O',
	'بيروت B-LOC',
	'. O',
	' O',
	'ثم O',
	'الولايات B-LOC',
	'المتحدة I-LOC',
	'ومنتخب B-ORG',
	'مصر I-ORG',
	'. O'
].join('\n');

describe('readConll', () => {
	it('rebuilds the text and the entities, in documents of n sentences', () => {
		const [one] = readConll(SAMPLE, 10);
		expect(one.text).toBe('وصل الوفد إلى بيروت . ثم الولايات المتحدة ومنتخب مصر .');
		expect(one.entities.map((e) => [e.tag, e.text, one.text.slice(e.start, e.end)])).toEqual([
			['LOC', 'بيروت', 'بيروت'],
			['LOC', 'الولايات المتحدة', 'الولايات المتحدة'],
			['ORG', 'ومنتخب مصر', 'ومنتخب مصر']
		]);
		expect(readConll(SAMPLE, 1)).toHaveLength(2);
	});
	it('says which line is not CoNLL', () => {
		expect(() => readConll('كلمة\n')).toThrow(/line 1/);
	});
});

describe('score', () => {
	it('counts a gold entity found when a mention overlaps it; other mentions are false hits', () => {
		const [doc] = readConll(SAMPLE);
		const at = (quote: string, place: string) => {
			const start = doc.text.indexOf(quote);
			return { start, end: start + quote.length, place, text: quote };
		};
		const s = score([
			{
				entities: doc.entities,
				predicted: [at('بيروت', 'beirut'), at('الولايات', 'united-states'), at('مصر', 'egypt')]
			}
		]);
		expect([s.gold, s.found, s.predicted, s.correct]).toEqual([2, 2, 3, 2]);
		expect(s.precision).toBeCloseTo(2 / 3);
		expect(s.recall).toBe(1);
		expect(s.falseHits.map((f) => [f.text, f.goldTag])).toEqual([['مصر', 'ORG']]);
		expect(topCounts(['a', 'b', 'a'], (x) => x, 1)).toEqual([['a', 2]]);
	});
});
