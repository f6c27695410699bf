import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGazetteerIndex } from '../../../scripts/geoparse';
import { toAnnotations } from './annotations';
import { geoparse } from './geoparse';

const index = loadGazetteerIndex();

/** Pieces that make matches likely: names, clitics, marks, invalid UTF-16, very long words. */
const pieces = fc.oneof(
	fc.constantFrom(
		'سوريا',
		'القامشلي',
		'مخيم الهول',
		'الهول',
		'دير الزور',
		'قوات سوريا الديمقراطية',
		'طرابلس',
		'و',
		'ب',
		'لل',
		'ال',
		' ',
		'\n',
		'\u200f',
		'\u200e',
		'\u202b',
		'\u2067',
		'\u200c',
		'\u0640',
		'\u064e',
		'\u0651',
		'\ufefb',
		'\ud800',
		'\udfff',
		'\ud83d\ude00',
		'Qamishli',
		'٢٠٢٢',
		'.'
	),
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ'), maxLength: 400 })
);

describe('geoparse on random text', () => {
	it('never throws, and every annotation quotes the text at its offsets', () => {
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
				const text = parts.join('');
				const mentions = geoparse(text, index);
				let last = -1;
				for (const m of mentions) {
					expect(m.start).toBeGreaterThan(last - 1);
					expect(m.start).toBeLessThan(m.end);
					expect(m.end).toBeLessThanOrEqual(text.length);
					expect(index.places.has(m.place)).toBe(true);
					last = m.end;
				}
				for (const a of toAnnotations(text, mentions)) {
					const [pos, quote] = a.target.selector;
					expect(quote.exact).toBe(text.slice(pos.start, pos.end));
					expect(text.slice(0, pos.start).endsWith(quote.prefix)).toBe(true);
					expect(text.slice(pos.end).startsWith(quote.suffix)).toBe(true);
				}
			}),
			{ numRuns: 3000 }
		);
	});
});
