/**
 * A character trie over normalised names. Walking it from a word start finds the longest name that
 * begins there in time bounded by the longest name, so scanning a text costs O(text length) with
 * the whole gazetteer, whatever its size.
 *
 * Built with `set`, then frozen on the first lookup into flat typed arrays (each node's edges
 * sorted by code unit, found by binary search): no allocation while a text is scanned, which
 * matters with a world gazetteer's hundreds of thousands of nodes.
 */
import { isWordUnit } from './normalise';

/** The code units a dense row covers: the Arabic letters ء (U+0621) to ي (U+064A). */
const DENSE_FROM = 0x621;
const DENSE_SPAN = 0x64a - 0x621 + 1;
/** Nodes with this many edges or more get a dense row. */
const DENSE_MIN = 8;

export class Trie<V> {
	/** While building: edge (node, code unit) → child node, keyed `node * 0x10000 + code`. */
	private edges: Map<number, number> | null = new Map();
	/** Value stored at each node, or undefined. */
	private readonly values: (V | undefined)[] = [undefined];
	/** Frozen: node → its first edge in `edgeCode`/`edgeChild`, and one past its last. */
	private first = new Int32Array(0);
	private edgeCode = new Uint16Array(0);
	private edgeChild = new Int32Array(0);
	/** Frozen: the root's children by code unit (the root has the most edges: no search there). */
	private rootChild = new Int32Array(0);
	/**
	 * Frozen: for a node with many edges (the article's ال, common first letters), its row in
	 * `denseChild`, else -1; a row holds the children along the Arabic letters ء..ي by code unit,
	 * so the busiest nodes need no search either.
	 */
	private denseRow = new Int32Array(0);
	private denseChild = new Int32Array(0);

	/** Number of names stored. */
	size = 0;

	/** The value stored for `key` (a normalised name), or undefined. */
	get(key: string): V | undefined {
		let node = 0;
		for (let i = 0; i < key.length && node !== -1; i++) node = this.child(node, key.charCodeAt(i));
		return node === -1 ? undefined : this.values[node];
	}

	/** The value stored for the key spelt by `codes[from..to)`, or undefined (no string made). */
	getRange(codes: Uint16Array, from: number, to: number): V | undefined {
		let node = 0;
		for (let i = from; i < to && node !== -1; i++) node = this.child(node, codes[i]);
		return node === -1 ? undefined : this.values[node];
	}

	/** Store `value` for `key`, or merge it with what is there (`merge(old, value)`). */
	set(key: string, value: V, merge: (old: V, value: V) => V = (_o, v) => v): void {
		if (key.length === 0) throw new RangeError('Trie.set: empty key');
		if (!this.edges) this.thaw();
		const edges = this.edges!;
		let node = 0;
		for (let i = 0; i < key.length; i++) {
			const edge = node * 0x10000 + key.charCodeAt(i);
			let next = edges.get(edge);
			if (next === undefined) {
				next = this.values.length;
				this.values.push(undefined);
				edges.set(edge, next);
			}
			node = next;
		}
		const old = this.values[node];
		if (old === undefined) this.size++;
		this.values[node] = old === undefined ? value : merge(old, value);
	}

	/**
	 * A trie of these keys and values, built in one pass over the keys in sorted order: no edge
	 * map, so a world gazetteer's index is ready in a fraction of the time `set` takes.
	 *
	 * @example Trie.fromEntries([['حلب', 1], ['حماه', 2]]).get('حماه') // 2
	 */
	static fromEntries<V>(entries: Iterable<[string, V]>): Trie<V> {
		const byKey = new Map<string, V>();
		for (const [k, v] of entries) if (k.length > 0) byKey.set(k, v);
		// The default sort compares strings by UTF-16 code units, with no callback into JS.
		const sortedKeys = [...byKey.keys()].sort();
		const t = new Trie<V>();
		const parent: number[] = [];
		const codes: number[] = [];
		// The nodes along the previous key: path[d] is the node after its first d code units.
		const path = [0];
		let prev = '';
		for (const key of sortedKeys) {
			const value = byKey.get(key)!;
			let common = 0;
			while (
				common < key.length &&
				common < prev.length &&
				key.charCodeAt(common) === prev.charCodeAt(common)
			)
				common++;
			path.length = common + 1;
			for (let d = common; d < key.length; d++) {
				const node = t.values.length;
				t.values.push(undefined);
				parent.push(path[d]);
				codes.push(key.charCodeAt(d));
				path.push(node);
			}
			t.values[path[key.length]] = value;
			t.size++;
			prev = key;
		}
		// Group the edges by parent; within a parent they already come in code order.
		const n = t.values.length;
		const count = new Int32Array(n + 1);
		for (const p of parent) count[p + 1]++;
		for (let i = 0; i < n; i++) count[i + 1] += count[i];
		const code = new Uint16Array(parent.length);
		const child = new Int32Array(parent.length);
		const fill = count.slice(0, n);
		for (let e = 0; e < parent.length; e++) {
			const at = fill[parent[e]]++;
			code[at] = codes[e];
			child[at] = e + 1; // node e + 1 was made by edge e
		}
		t.first = count;
		t.edgeCode = code;
		t.edgeChild = child;
		t.rootChild = new Int32Array(0x10000).fill(-1);
		for (let i = count[0]; i < count[1]; i++) t.rootChild[code[i]] = child[i];
		t.buildDense();
		t.edges = null;
		return t;
	}

	/** Rows of `denseChild` for the nodes with DENSE_MIN edges or more. */
	private buildDense(): void {
		const n = this.first.length - 1;
		const row = new Int32Array(Math.max(n, 0)).fill(-1);
		let rows = 0;
		for (let node = 1; node < n; node++)
			if (this.first[node + 1] - this.first[node] >= DENSE_MIN) row[node] = rows++;
		const table = new Int32Array(rows * DENSE_SPAN).fill(-1);
		for (let node = 1; node < n; node++) {
			if (row[node] === -1) continue;
			for (let i = this.first[node]; i < this.first[node + 1]; i++) {
				const off = this.edgeCode[i] - DENSE_FROM;
				if (off >= 0 && off < DENSE_SPAN) table[row[node] * DENSE_SPAN + off] = this.edgeChild[i];
			}
		}
		this.denseRow = row;
		this.denseChild = table;
	}

	/** Lay the edges out flat, sorted by node then code unit. */
	private freeze(): void {
		const edges = this.edges!;
		const n = this.values.length;
		const count = new Int32Array(n + 1);
		for (const key of edges.keys()) count[Math.floor(key / 0x10000) + 1]++;
		for (let i = 0; i < n; i++) count[i + 1] += count[i];
		const code = new Uint16Array(edges.size);
		const child = new Int32Array(edges.size);
		const fill = count.slice(0, n);
		for (const [key, c] of edges) {
			const node = Math.floor(key / 0x10000);
			const at = fill[node]++;
			code[at] = key % 0x10000;
			child[at] = c;
		}
		// Sort each node's edges by code unit (insertion sort: a node has few edges).
		for (let node = 0; node < n; node++)
			for (let i = count[node] + 1; i < count[node + 1]; i++) {
				const c = code[i];
				const ch = child[i];
				let j = i - 1;
				while (j >= count[node] && code[j] > c) {
					code[j + 1] = code[j];
					child[j + 1] = child[j];
					j--;
				}
				code[j + 1] = c;
				child[j + 1] = ch;
			}
		this.first = count;
		this.edgeCode = code;
		this.edgeChild = child;
		this.rootChild = new Int32Array(0x10000).fill(-1);
		for (let i = count[0]; i < count[1]; i++) this.rootChild[code[i]] = child[i];
		this.buildDense();
		this.edges = null;
	}

	/** Back to the building form, after a lookup froze the trie. */
	private thaw(): void {
		const edges = new Map<number, number>();
		for (let node = 0; node + 1 < this.first.length; node++)
			for (let i = this.first[node]; i < this.first[node + 1]; i++)
				edges.set(node * 0x10000 + this.edgeCode[i], this.edgeChild[i]);
		this.edges = edges;
	}

	/** The child of `node` along code unit `code`, or -1. */
	private child(node: number, code: number): number {
		if (this.edges) this.freeze();
		if (node === 0) return this.rootChild[code];
		const row = this.denseRow[node];
		if (row !== -1) {
			const off = code - DENSE_FROM;
			if (off >= 0 && off < DENSE_SPAN) return this.denseChild[row * DENSE_SPAN + off];
		}
		let lo = this.first[node];
		let hi = this.first[node + 1] - 1;
		const codes = this.edgeCode;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const c = codes[mid];
			if (c === code) return this.edgeChild[mid];
			if (c < code) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
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
		const end = this.longest(codes, length, from, prefix ?? -1);
		return end === -1 ? undefined : { end, value: this.found! };
	}

	/** The value of the last `longest` that found a key. */
	found: V | undefined = undefined;

	/**
	 * `longestAt` without an object per call, for the scanner's inner loop: the end of the key
	 * (or -1), its value left in `found`. `prefix` is -1 for none.
	 */
	longest(codes: Uint16Array, length: number, from: number, prefix: number): number {
		if (this.edges) this.freeze();
		let node = 0;
		if (prefix !== -1) {
			node = this.rootChild[prefix];
			if (node === -1) return -1;
		}
		let bestEnd = -1;
		let bestNode = -1;
		const values = this.values;
		for (let i = from; i < length; i++) {
			const next = node === 0 ? this.rootChild[codes[i]] : this.child(node, codes[i]);
			if (next === -1) break;
			node = next;
			if (values[node] !== undefined && (i + 1 === length || !isWordUnit(codes[i + 1]))) {
				bestEnd = i + 1;
				bestNode = node;
			}
		}
		if (bestNode === -1) return -1;
		this.found = values[bestNode];
		return bestEnd;
	}
}
