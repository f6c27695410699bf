/**
 * Arabic (and Latin) text normalisation for matching, with a map back to the original offsets.
 *
 * Folds the spellings that news text mixes freely: tashkeel and other Arabic marks, tatweel, alef
 * forms (أ إ آ ٱ → ا), hamza carriers (ؤ → و, ئ → ي), alef maqsura (ى → ي), ta marbuta (ة → ه),
 * Persian and Kurdish letters (ک گ ی ە ہ ۀ ھ), presentation forms (NFKC), Arabic-Indic digits, zero-width
 * and direction marks; Latin is lower-cased and stripped of accents; every run of white space
 * becomes one space. Each output code unit remembers the original range it came from, so a match in
 * the normalised text maps back to UTF-16 offsets of the original text.
 */

/** The normalised text as UTF-16 code units, and for each unit the original range it stands for. */
export interface Normalised {
	/** Normalised code units (only the first `length` are used). */
	codes: Uint16Array;
	length: number;
	/**
	 * `start[i]`: offset in the original text of the code unit that produced `codes[i]`; it ends
	 * at `start[i] + 1` (the folding reads one UTF-16 code unit at a time).
	 */
	start: Int32Array;
}

const DELETE = 0;
const EXPAND = 0xffff;
const SPACE = 0x20;

/** Code unit → its normalised code unit, DELETE (dropped) or EXPAND (several units, see EXPANSIONS). */
const MAP = new Uint16Array(0x10000);
const EXPANSIONS = new Map<number, number[]>();
/** 1 for units that belong to a word (letters, digits, remaining marks). */
const WORD = new Uint8Array(0x10000);
/** 1 for marks that sit on the preceding letter (kept inside a match's span when they follow it). */
const ATTACHED = new Uint8Array(0x10000);

const range = (from: number, to: number, f: (c: number) => void) => {
	for (let c = from; c <= to; c++) f(c);
};

function foldOne(c: number): number[] {
	const m = MAP[c];
	if (m === EXPAND) return EXPANSIONS.get(c) ?? [];
	return m === DELETE ? [] : [m];
}

function buildTables(): void {
	const isWord = /[\p{L}\p{N}\p{M}]/u;
	const isMark = /\p{M}/u;
	const isSpace = /\s/u;
	for (let c = 0; c < 0x10000; c++) {
		MAP[c] = c;
		if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: kept, never part of a word
		const ch = String.fromCharCode(c);
		if (isWord.test(ch)) WORD[c] = 1;
		if (isMark.test(ch)) {
			MAP[c] = DELETE;
			ATTACHED[c] = 1;
		} else if (isSpace.test(ch)) MAP[c] = SPACE;
	}
	// Latin: lower case, accents stripped (é → e, ş → s, İ → i), ı → i.
	for (let c = 0x41; c <= 0x5a; c++) MAP[c] = c + 0x20;
	const latin = (c: number) => {
		const base = String.fromCharCode(c).normalize('NFD')[0].toLowerCase();
		if (base.length === 1 && /[a-z]/.test(base)) MAP[c] = base.charCodeAt(0);
	};
	range(0xc0, 0x24f, latin);
	range(0x1e00, 0x1eff, latin);
	MAP[0x131] = 0x69; // ı
	// Apostrophes and transliteration marks for ʿayn and hamza → ASCII apostrophe.
	for (const c of [0x2018, 0x2019, 0x02bc, 0x02bf, 0x02be, 0x60, 0xb4, 0x2032]) MAP[c] = 0x27;
	// Arabic marks and tatweel: dropped, and kept with the letter they follow.
	const drop = (c: number) => {
		MAP[c] = DELETE;
		ATTACHED[c] = 1;
	};
	range(0x610, 0x61a, drop);
	range(0x64b, 0x65f, drop);
	drop(0x670);
	range(0x6d6, 0x6dc, drop);
	range(0x6df, 0x6e8, drop);
	range(0x6ea, 0x6ed, drop);
	drop(0x640); // tatweel
	WORD[0x640] = 1;
	// Invisible format characters: zero-width joiners, direction marks and isolates, BOM, soft hyphen.
	for (const c of [0x200c, 0x200d, 0x200e, 0x200f, 0x61c, 0xfeff, 0xad, 0x34f, 0x2060])
		MAP[c] = DELETE;
	range(0x202a, 0x202e, (c) => (MAP[c] = DELETE));
	range(0x2066, 0x2069, (c) => (MAP[c] = DELETE));
	MAP[0x200b] = SPACE; // zero-width space separates words
	// Arabic letter variants.
	const ALEF = 0x627;
	for (const c of [0x622, 0x623, 0x625, 0x671, 0x672, 0x673, 0x675]) MAP[c] = ALEF;
	MAP[0x624] = 0x648; // ؤ → و
	MAP[0x626] = 0x64a; // ئ → ي
	MAP[0x649] = 0x64a; // ى → ي
	MAP[0x629] = 0x647; // ة → ه
	for (const c of [0x6a9, 0x6aa, 0x6af]) MAP[c] = 0x643; // ک ڪ گ → ك
	for (const c of [0x6cc, 0x6d0, 0x6d2]) MAP[c] = 0x64a; // ی ې ے → ي
	for (const c of [0x6d5, 0x6c1, 0x6c0, 0x6be]) MAP[c] = 0x647; // ە ہ ۀ ھ → ه
	MAP[0x6a4] = 0x641; // ڤ → ف
	range(0x660, 0x669, (c) => (MAP[c] = c - 0x660 + 0x30));
	range(0x6f0, 0x6f9, (c) => (MAP[c] = c - 0x6f0 + 0x30));
	// Presentation forms: NFKC, then the rules above.
	const presentation = (c: number) => {
		const nfkc = String.fromCharCode(c).normalize('NFKC');
		if (nfkc === String.fromCharCode(c)) return;
		const units: number[] = [];
		for (let i = 0; i < nfkc.length; i++) units.push(...foldOne(nfkc.charCodeAt(i)));
		if (units.length === 1) MAP[c] = units[0];
		else if (units.length === 0) MAP[c] = DELETE;
		else {
			MAP[c] = EXPAND;
			EXPANSIONS.set(c, units);
		}
		WORD[c] = units.some((u) => WORD[u]) ? 1 : 0;
	};
	range(0xfb50, 0xfdff, presentation);
	range(0xfe70, 0xfefc, presentation);
}
buildTables();

/** Whether a normalised code unit belongs to a word. */
export function isWordUnit(code: number): boolean {
	return WORD[code] === 1;
}

/** Whether an original code unit is a mark or tatweel that belongs to the letter before it. */
export function isAttachedMark(code: number): boolean {
	return ATTACHED[code] === 1;
}

/**
 * Normalise `text`, keeping for each output unit the range of the original it came from. With
 * `reuse`, the result's arrays are the ones the previous such call returned, overwritten: read it
 * before calling again.
 *
 * @example
 * const n = normalise('بِالرَّقّة');
 * String.fromCharCode(...n.codes.subarray(0, n.length)) // 'بالرقه'
 * n.start[1] // 2: the alef is the third unit of the original
 */
export function normalise(text: string, reuse = false): Normalised {
	const length = text.length;
	let cap = length + 16;
	let codes: Uint16Array;
	let start: Int32Array;
	if (reuse && spare && spare.codes.length >= cap) {
		({ codes, start } = spare);
		cap = codes.length;
	} else {
		codes = new Uint16Array(cap);
		start = new Int32Array(cap);
	}
	let n = 0;
	let last = -1; // the last unit written: a space after a space is dropped
	for (let i = 0; i < length; i++) {
		const c = text.charCodeAt(i);
		const m = MAP[c];
		if (m === DELETE) continue;
		if (m === EXPAND) {
			const units = EXPANSIONS.get(c)!;
			// Room for the expansion and for every unit still to come.
			if (n + units.length + (length - i) > cap) {
				cap = 2 * (n + units.length + (length - i));
				const c2 = new Uint16Array(cap);
				c2.set(codes);
				codes = c2;
				const s2 = new Int32Array(cap);
				s2.set(start);
				start = s2;
			}
			for (const u of units) {
				codes[n] = u;
				start[n++] = i;
			}
			last = codes[n - 1];
			continue;
		}
		if (m === SPACE && last === SPACE) continue;
		codes[n] = m;
		start[n++] = i;
		last = m;
	}
	if (reuse) spare = { codes, start };
	return { codes, length: n, start };
}

/**
 * The arrays of the last `normalise(text, true)`, lent to the next such call: a caller that reads
 * its result only until it calls again (the geoparser) spares the allocation of two arrays as
 * long as the text, and their collection.
 */
let spare: { codes: Uint16Array; start: Int32Array } | null = null;

/**
 * The normalised form of a name, as a string (leading and trailing spaces removed). The same
 * folding as `normalise`, without the offset maps: it runs for every name of the gazetteer when
 * the paste page's worker builds its index.
 *
 * @example normaliseName('إسطنبول') === normaliseName('اسطنبول') // true
 */
export function normaliseName(name: string): string {
	let out = '';
	let space = true; // drops leading spaces, and a space after a space
	for (let i = 0; i < name.length; i++) {
		const c = name.charCodeAt(i);
		const m = MAP[c];
		if (m === DELETE) continue;
		if (m === SPACE) {
			if (!space) out += ' ';
			space = true;
		} else if (m === EXPAND) {
			for (const u of EXPANSIONS.get(c)!) out += String.fromCharCode(u);
			space = false;
		} else {
			out += String.fromCharCode(m);
			space = false;
		}
	}
	return space && out.endsWith(' ') ? out.slice(0, -1) : out;
}
