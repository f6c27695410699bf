import { describe, expect, it } from 'vitest';
import { curatedMentions, occurrences, toAnnotationCollection } from './curated-mentions';

describe('occurrences', () => {
	it('finds a name after attached clitics but not inside a longer word', () => {
		const text = 'والحسكة وبالحسكة الحسكتين';
		expect(occurrences(text, 'الحسكة').map((s) => text.slice(s.start, s.end))).toEqual([
			'الحسكة',
			'الحسكة'
		]);
		// "والحسكة": the span leaves out the clitic و
		expect(occurrences(text, 'الحسكة')[0].start).toBe(1);
	});
	it('does not match a name that only ends a longer word', () => {
		expect(occurrences('مسوريا', 'سوريا')).toEqual([]);
	});
});

describe('curatedMentions', () => {
	const rules = {
		exclude: ['قوات سوريا الديمقراطية', 'تلفزيون سوريا'],
		rules: [
			{ quote: 'سوريا', place: 'syria' },
			{ quote: 'شمال شرقي سوريا', place: 'north-east-syria' }
		]
	};
	it('skips organisation names and lets the longest quote win', () => {
		const text = 'قالت قوات سوريا الديمقراطية لموقع تلفزيون سوريا إن شمال شرقي سوريا جزء من سوريا.';
		const found = curatedMentions(text, rules).map((m) => [
			text.slice(m.start, m.end),
			m.rule.place
		]);
		expect(found).toEqual([
			['شمال شرقي سوريا', 'north-east-syria'],
			['سوريا', 'syria']
		]);
	});
	it('builds annotations whose quotes equal the text at their offsets', () => {
		const text = 'في سوريا وسوريا';
		const coll = toAnnotationCollection(text, curatedMentions(text, rules), 'x');
		expect(coll.total).toBe(2);
		for (const a of coll.first.items) {
			const [pos, quote] = a.target.selector;
			expect(text.slice(pos.start, pos.end)).toBe(quote.exact);
		}
		expect(coll.first.items.map((a) => a.id)).toEqual(['#m-01', '#m-02']);
	});
});
