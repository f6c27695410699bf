/**
 * A character trie over normalised names. Walking it from a word start finds the longest name that
 * begins there in time bounded by the longest name, so scanning a text costs O(text length) with
 * the whole gazetteer, whatever its size.
 */
import { isWordUnit } from './normalise';

export class Trie<V> {
	/** Edge (node, code unit) → child node, keyed `node * 0x10000 + code`. */
	private readonly edges = new Map<number, number>();
	/** Value stored at each node, or undefined. */
	private readonly values: (V | undefined)[] = [undefined];

	/** Number of names stored. */
	size = 0;

	/** The value stored for `key` (a normalised name), or undefined. */
	get(key: string): V | undefined {
		let node = 0;
		for (let i = 0; i < key.length; i++) {
			const next = this.edges.get(node * 0x10000 + key.charCodeAt(i));
			if (next === undefined) return undefined;
			node = next;
		}
		return this.values[node];
	}

	/** Store `value` for `key`, or merge it with what is there (`merge(old, value)`). */
	set(key: string, value: V, merge: (old: V, value: V) => V = (_o, v) => v): void {
		if (key.length === 0) throw new RangeError('Trie.set: empty key');
		let node = 0;
		for (let i = 0; i < key.length; i++) {
			const edge = node * 0x10000 + key.charCodeAt(i);
			let next = this.edges.get(edge);
			if (next === undefined) {
				next = this.values.length;
				this.values.push(undefined);
				this.edges.set(edge, next);
			}
			node = next;
		}
		const old = this.values[node];
		if (old === undefined) this.size++;
		this.values[node] = old === undefined ? value : merge(old, value);
	}

	/**
	 * The longest key that starts at `codes[from]` and ends at a word boundary (the next unit is not
	 * part of a word). `prefix` units are walked first, as if they stood before `from` (used for the
	 * article's alef that the preposition ل swallows: لل + رقة reads ال + رقة).
	 */
	longestAt(
		codes: Uint16Array,
		length: number,
		from: number,
		prefix?: number
	): { end: number; value: V } | undefined {
		let node = 0;
		if (prefix !== undefined) {
			const next = this.edges.get(prefix);
			if (next === undefined) return undefined;
			node = next;
		}
		let best: { end: number; value: V } | undefined;
		for (let i = from; i < length; i++) {
			const next = this.edges.get(node * 0x10000 + codes[i]);
			if (next === undefined) break;
			node = next;
			const value = this.values[node];
			if (value !== undefined && (i + 1 === length || !isWordUnit(codes[i + 1])))
				best = { end: i + 1, value };
		}
		return best;
	}
}
