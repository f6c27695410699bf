import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { Trie } from './trie';

const walk = (trie: Trie<string>, text: string, from = 0) => {
	const n = normalise(text);
	return trie.longestAt(n.codes, n.length, from);
};

describe('Trie', () => {
	const trie = new Trie<string>();
	trie.set('الهول', 'town');
	trie.set('مخيم الهول', 'camp');
	trie.set('مخيم', 'cue');

	it('finds the longest key that ends at a word boundary', () => {
		expect(walk(trie, 'مخيم الهول اليوم')).toEqual({ end: 10, value: 'camp' });
		expect(walk(trie, 'مخيم الهولي')).toEqual({ end: 4, value: 'cue' });
		expect(walk(trie, 'الهولندي')).toBeUndefined();
	});
	it('walks a prefix first (the alef that ل swallows)', () => {
		expect(walk(trie, 'للهول', 1)).toBeUndefined();
		const n = normalise('للهول');
		expect(trie.longestAt(n.codes, n.length, 1, 'ا'.charCodeAt(0))).toEqual({
			end: 5,
			value: 'town'
		});
	});
	it('merges values stored under the same key', () => {
		const t = new Trie<string[]>();
		t.set('طرابلس', ['lb']);
		t.set('طرابلس', ['ly'], (a, b) => [...a, ...b]);
		expect(t.get('طرابلس')).toEqual(['lb', 'ly']);
		expect(t.size).toBe(1);
		expect(() => t.set('', [])).toThrow(RangeError);
	});
});

describe('Trie.fromEntries', () => {
	it('finds what set() would, built from keys in any order', () => {
		const keys = ['دير الزور', 'دير', 'الرقه', 'الرقتين', 'ab', 'a', 'abc'];
		const t = Trie.fromEntries(keys.map((k, i): [string, number] => [k, i]).reverse());
		for (const [i, k] of keys.entries()) expect(t.get(k), k).toBe(i);
		expect(t.get('دير ال')).toBeUndefined();
		expect(t.size).toBe(keys.length);
		const text = 'في دير الزور';
		const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
		expect(t.longestAt(codes, codes.length, 3)).toEqual({ end: text.length, value: 0 });
		// Adding to a trie built so keeps what it held.
		t.set('الحسكه', 99);
		expect(t.get('الحسكه')).toBe(99);
		expect(t.get('دير الزور')).toBe(0);
	});
});
