import { describe, expect, it } from 'vitest';
import { applyCorrections, CorrectionError, occurrences, parseCorrections } from './corrections';

const reason = { ar: 'سبب', en: 'a reason' };
const sources = ['https://example.org/source'];

describe('occurrences', () => {
	it('finds a quote after attached clitics but not inside a longer word', () => {
		const text = 'والحسكة وبالحسكة الحسكتين';
		expect(occurrences(text, 'الحسكة')).toEqual([
			{ start: 1, end: 7 },
			{ start: 10, end: 16 }
		]);
		expect(occurrences('مسوريا', 'سوريا')).toEqual([]);
	});
});

describe('applyCorrections', () => {
	const text = 'قصفت تركيا القامشلي. وقال عمر تركيا إن المنطقة الحدودية والمنطقة الحدودية آمنة.';
	const t1 = text.indexOf('تركيا');
	const t2 = text.indexOf('تركيا', t1 + 1);
	const q = text.indexOf('القامشلي');
	const geoparsed = [
		{ start: t1, end: t1 + 5, place: 'turkey' },
		{ start: q, end: q + 8, place: 'qamishli' },
		{ start: t2, end: t2 + 5, place: 'turkey' }
	];
	const zone = {
		quote: 'المنطقة الحدودية',
		place: 'border-zone',
		relation: 'inferred' as const,
		reason,
		sources
	};

	it('with no corrections keeps the geoparser mentions as named ones', () => {
		expect(applyCorrections(text, geoparsed, { add: [], remove: [] })).toEqual(
			geoparsed.map((m) => ({ ...m, relation: 'named' }))
		);
	});

	it('removes one mention by quote and offset, adds every occurrence or one, in text order', () => {
		const out = applyCorrections(text, geoparsed, {
			remove: [{ quote: 'تركيا', start: t2, reason: 'a person named Turkiya' }],
			add: [{ ...zone, occurrence: 2 }]
		});
		expect(out.map((m) => [text.slice(m.start, m.end), m.place, m.relation])).toEqual([
			['تركيا', 'turkey', 'named'],
			['القامشلي', 'qamishli', 'named'],
			['المنطقة الحدودية', 'border-zone', 'inferred']
		]);
		expect(out[2].start).toBe(text.lastIndexOf('المنطقة الحدودية'));
		expect(out[2]).toMatchObject({ reason, sources });
		const all = applyCorrections(text, geoparsed, {
			remove: [{ quote: 'تركيا', reason: 'not the country here' }],
			add: [{ ...zone, occurrence: 'all' }]
		});
		expect(all.map((m) => m.place)).toEqual(['qamishli', 'border-zone', 'border-zone']);
	});

	it('refuses corrections that no longer fit the text', () => {
		const none = { add: [], remove: [] };
		expect(() =>
			applyCorrections(text, geoparsed, { ...none, remove: [{ quote: 'دمشق', reason: 'x' }] })
		).toThrow(/remove #0 "دمشق": the geoparser reports no such mention/);
		expect(() =>
			applyCorrections(text, geoparsed, { ...none, add: [{ ...zone, occurrence: 3 }] })
		).toThrow(/occurrence 3 asked, the text has 2/);
		expect(() =>
			applyCorrections(text, geoparsed, {
				...none,
				add: [{ ...zone, quote: 'السجون', occurrence: 'all' }]
			})
		).toThrow(/the quote is not in the text/);
		expect(() =>
			applyCorrections(text, geoparsed, {
				...none,
				add: [{ ...zone, quote: 'تركيا', occurrence: 1 }]
			})
		).toThrow(CorrectionError);
	});
});

describe('parseCorrections', () => {
	it('names the file and field of a bad entry', () => {
		expect(() =>
			parseCorrections(
				{
					add: [{ quote: 'x', occurrence: 0, place: 'p', relation: 'inferred', reason }],
					remove: []
				},
				'corrections.json'
			)
		).toThrow(/corrections\.json: add\.0\.occurrence: /);
		expect(() =>
			parseCorrections(
				{
					add: [{ quote: 'x', occurrence: 1, place: 'p', relation: 'inferred', reason }],
					remove: []
				},
				'corrections.json'
			)
		).toThrow(/an inferred place needs its sources/);
	});
});
