/**
 * Finds the places an Arabic text mentions. One left-to-right pass over the normalised text: at
 * each word start, after the attached clitics that may precede a name (و ف, then ب ل ك; the
 * article's alef that ل swallows: للرقة), the trie gives the longest name that ends at a word
 * boundary. Leftmost-longest wins (مخيم الهول over الهول, دير الزور as one name); a stop-list name
 * (قوات سوريا الديمقراطية) consumes its words and reports nothing, and so does a name inside an
 * organisation's (منتخب مصر، جامعة القاهرة، نيويورك تايمز). What stands before each name (a type
 * word, a preposition) is noted, and resolve.ts decides whether it is a place and which one.
 */
import { BEFORE_TRIE } from './context-words';
import type { GazetteerIndex } from './index-gazetteer';
import { isAttachedMark, isWordUnit, normalise } from './normalise';
import { FUNCTION_WORD, resolve, type Evidence, type Found } from './resolve';

export type { Evidence } from './resolve';

/** A place a mention could also stand for, with the score it reached (the winner's is higher). */
export interface Alternative {
	place: string;
	/** How sure the geoparser would be of this reading, 0..1. */
	confidence: number;
}

export interface Mention {
	/** UTF-16 offsets into the original text: [start, end). The clitics are left out. */
	start: number;
	end: number;
	/** Place id. */
	place: string;
	/** How sure the geoparser is that the text names this place here, 0..1. */
	confidence: number;
	/** What supports this reading, strongest first. */
	evidence: Evidence[];
	/** For a name several places share: the candidates it beat, best first. */
	alternatives?: Alternative[];
}

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const LAM = 0x644;
const KAF = 0x643;
const ALEF = 0x627;
const SPACE = 0x20;

/** The offsets (after clitics) where a name may start in a word, fewest clitics first. */
const STARTS = new Int32Array(3);

/** Fills STARTS with the name starts of the word at `p` and returns how many there are. */
function nameStarts(codes: Uint16Array, length: number, p: number): number {
	STARTS[0] = p;
	const c = codes[p];
	if ((c === WAW || c === FA) && p + 1 < length && isWordUnit(codes[p + 1])) {
		STARTS[1] = p + 1;
		const d = codes[p + 1];
		if ((d === BA || d === LAM || d === KAF) && p + 2 < length && isWordUnit(codes[p + 2])) {
			STARTS[2] = p + 2;
			return 3;
		}
		return 2;
	}
	if ((c === BA || c === LAM || c === KAF) && p + 1 < length && isWordUnit(codes[p + 1])) {
		STARTS[1] = p + 1;
		return 2;
	}
	return 1;
}

const OPEN_QUOTES = new Set([0xab, 0x22, 0x201c, 0x201e]);
const CLOSE_QUOTES = new Set([0xbb, 0x22, 0x201d]);

/**
 * Whether the name is all a quotation holds: «الشرق الأوسط», " بابل ". A name quoted alone is a
 * title (a newspaper, a book, a film, an operation), not a place.
 */
function quotedAlone(codes: Uint16Array, length: number, from: number, to: number): boolean {
	let s = from;
	while (s > 0 && codes[s - 1] === SPACE) s--;
	if (s === 0 || !OPEN_QUOTES.has(codes[s - 1])) return false;
	let e = to;
	while (e < length && codes[e] === SPACE) e++;
	return e < length && CLOSE_QUOTES.has(codes[e]);
}

/**
 * The kinds a type word calls for when it stands right before the quotation that holds a name:
 * "مدينة « برلين »" is the city, not a title. Null when no type word stands there.
 */
function typeWordBeforeQuote(codes: Uint16Array, from: number): ReadonlySet<string> | null {
	let s = from;
	while (s > 0 && codes[s - 1] === SPACE) s--;
	if (s === 0 || !OPEN_QUOTES.has(codes[s - 1])) return null;
	let e = s - 1;
	while (e > 0 && codes[e - 1] === SPACE) e--;
	let w = e;
	while (w > 0 && isWordUnit(codes[w - 1])) w--;
	if (w === e) return null;
	// "بمدينة": the type word may carry a preposition.
	const kinds = BEFORE_TRIE.getRange(codes, w, e)?.kinds;
	if (kinds || e - w < 4 || (codes[w] !== BA && codes[w] !== LAM)) return kinds ?? null;
	return BEFORE_TRIE.getRange(codes, w + 1, e)?.kinds ?? null;
}

/**
 * Whether the original text writes tanween on the name ("دوراً", "يوماً"): the mark of an
 * indefinite noun, which a place's name never carries.
 */
function hasTanween(text: string, start: number, end: number, units: number): boolean {
	// Most names are written bare: as many original units as normalised ones, no mark after.
	if (end - start === units && !(end < text.length && isAttachedMark(text.charCodeAt(end))))
		return false;
	let e = end;
	while (e < text.length && isAttachedMark(text.charCodeAt(e))) e++;
	for (let i = start; i < e; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x64b && c <= 0x64d) return true;
	}
	return false;
}

/** The word that ends right before `at` (only spaces between), as [start, end) in WORD_AT, or
 * false (text start, punctuation). */
const WORD_AT = [0, 0];
function wordBefore(codes: Uint16Array, at: number): boolean {
	let e = at;
	while (e > 0 && codes[e - 1] === SPACE) e--;
	if (e === 0 || !isWordUnit(codes[e - 1])) return false;
	let s = e;
	while (s > 0 && isWordUnit(codes[s - 1])) s--;
	WORD_AT[0] = s;
	WORD_AT[1] = e;
	return true;
}

/** The word that starts right after `at` (only spaces between), into WORD_AT, or false. */
function wordAfter(codes: Uint16Array, length: number, at: number): boolean {
	let s = at;
	while (s < length && codes[s] === SPACE) s++;
	if (s === length || !isWordUnit(codes[s])) return false;
	let e = s;
	while (e < length && isWordUnit(codes[e])) e++;
	WORD_AT[0] = s;
	WORD_AT[1] = e;
	return true;
}

/**
 * What the word at WORD_AT says before a name, from BEFORE_TRIE, looking it up as it is, then
 * without its conjunction (و ف), then without a preposition too (ب ل ك): "وفي" is "في",
 * "بمدينة" is "مدينة". Written into module scope (no allocation): the kinds of the first form that
 * is a type word; locative, organisation or title if any form is.
 */
let beforeKinds: ReadonlySet<string> | null = null;
let beforeLocative = false;
let beforeOrg = false;
let beforeTitle = false;
let beforeDemonstrative = false;
function readBefore(codes: Uint16Array, found: boolean): void {
	beforeKinds = null;
	beforeLocative = beforeOrg = beforeTitle = beforeDemonstrative = false;
	if (!found) return;
	let s = WORD_AT[0];
	const e = WORD_AT[1];
	lookBefore(codes, s, e);
	if ((codes[s] === WAW || codes[s] === FA) && e - s > 2) lookBefore(codes, ++s, e);
	if ((codes[s] === BA || codes[s] === LAM || codes[s] === KAF) && e - s > 3)
		lookBefore(codes, s + 1, e);
}

function lookBefore(codes: Uint16Array, from: number, to: number): void {
	const b = BEFORE_TRIE.getRange(codes, from, to);
	if (!b) return;
	beforeKinds ??= b.kinds ?? null;
	beforeLocative ||= !!b.locative;
	beforeOrg ||= !!b.org;
	beforeTitle ||= !!b.title;
	beforeDemonstrative ||= !!b.demonstrative;
}

/**
 * Whether a name after a title ("الرئيس", "الشيخ") may be a person's: only if one of its places
 * is neither reviewed nor prominent. "زار الوزير حلب" is the minister visiting Aleppo; "الرئيس
 * بشار" is not the Algerian town of Béchar.
 */
function personAfterTitle(candidates: readonly { id: string }[], index: GazetteerIndex): boolean {
	return candidates.every((c) => {
		const p = index.places.get(c.id);
		return !p || (!p.reviewed && p.importance < 1e6);
	});
}
/** A name before this word is part of an organisation's or a person's name. */
const DASHES = new Set([0x2d, 0x2013, 0x2014, 0x640, 0x2010, 0x2012]);
const LINE_START = new Set([0x0a, 0x0d, 0x2e, 0x3e, 0x2029]);

/**
 * Whether the name at [from, to) opens a dateline ("الدوحة - بيروت - وكالات:", "دمشق ـ"): only
 * clitics before it since the text's or the line's start (or a full stop), and a dash after it,
 * possibly after further names separated by dashes.
 */
function opensDateline(text: string, start: number, end: number): boolean {
	let s = start;
	while (s > 0 && text.charCodeAt(s - 1) === 0x20) s--;
	if (s > 0 && !LINE_START.has(text.charCodeAt(s - 1))) return false;
	let e = end;
	while (e < text.length && text.charCodeAt(e) === 0x20) e++;
	return e < text.length && DASHES.has(text.charCodeAt(e));
}

/**
 * The place mentions in `text`, in text order.
 *
 * @example
 * geoparse('قصفت الطائرات محيط مخيم الهول وبلدة تل تمر', index)
 * // [{ start: 19, end: 29, place: 'al-hol-camp', confidence: 0.99, evidence: ['unique'] }, …]
 */
export function geoparse(text: string, index: GazetteerIndex): Mention[] {
	const { trie } = index;
	// The arrays are lent (normalise's `reuse`): nothing below keeps them past this call.
	const n = normalise(text, true);
	const { codes, length } = n;
	const found: Found[] = [];
	const cues = new Map<string, number[]>();
	let i = 0;
	while (i < length) {
		if (!isWordUnit(codes[i]) || (i > 0 && isWordUnit(codes[i - 1]))) {
			i++;
			continue;
		}
		let bestFrom = -1;
		let bestTo = -1;
		let bestEntry: NonNullable<typeof trie.found> | undefined;
		const starts = nameStarts(codes, length, i);
		for (let k = 0; k < starts; k++) {
			const q = STARTS[k];
			const end = trie.longest(codes, length, q, -1);
			if (end > bestTo) {
				bestFrom = q;
				bestTo = end;
				bestEntry = trie.found;
			}
			// The article after ل: "للرقة" is ل + "الرقة" with the alef dropped; walk ا, then the
			// text from the second ل.
			if (q > i && codes[q - 1] === LAM && codes[q] === LAM) {
				const art = trie.longest(codes, length, q, ALEF);
				if (art > bestTo) {
					bestFrom = q;
					bestTo = art;
					bestEntry = trie.found;
				}
			}
		}
		if (!bestEntry) {
			while (i < length && isWordUnit(codes[i])) i++;
			continue;
		}
		const e = bestEntry;
		if (e.type === 'place') {
			const hasBefore = wordBefore(codes, i);
			readBefore(codes, hasBefore);
			// A name spelt like a particle (إلى، أن) is a place only after a type word: the story
			// cannot make it one (resolve.ts), so it is passed over without more questions.
			if (e.common === FUNCTION_WORD && !beforeKinds && !e.typed) {
				i = bestTo;
				continue;
			}
			// A definite noun then a definite word is a noun and its adjective ("الوقت الحاضر",
			// "الحكومة الجديدة"), unless the noun is a type word, a title or a preposition; after a
			// demonstrative it is the noun pointed at ("هذه المدينة"). Either way, a word.
			const definite = i === bestFrom && codes[bestFrom] === ALEF && codes[bestFrom + 1] === LAM;
			const adjectival =
				hasBefore &&
				definite &&
				(beforeDemonstrative ||
					(codes[WORD_AT[0]] === ALEF &&
						codes[WORD_AT[0] + 1] === LAM &&
						!beforeKinds &&
						!beforeLocative &&
						!beforeTitle &&
						!beforeOrg));
			// A name inside an organisation's or a person's name is not a place. A masculine
			// nationality right before a name stands for a title ("الروسي سيرغي لافروف"), and a
			// given name makes it a surname ("هيلاري كلينتون").
			const said = hasBefore ? index.after.getRange(codes, WORD_AT[0], WORD_AT[1]) : undefined;
			const person =
				(beforeTitle || !!said?.masculine || !!said?.given) &&
				personAfterTitle(e.candidates, index);
			const next = wordAfter(codes, length, bestTo) ? WORD_AT[0] : -1;
			const after = next !== -1 ? index.after.getRange(codes, next, WORD_AT[1]) : undefined;
			// A country's name right after: the name is in construct with it ("رالي تركيا").
			const construct =
				next !== -1 && index.countries.longest(codes, length, next, -1) !== -1
					? index.countries.found!
					: null;
			const quoted = quotedAlone(codes, length, i, bestTo);
			const quotedKinds = quoted ? typeWordBeforeQuote(codes, i) : null;
			if (
				!beforeOrg &&
				!person &&
				!after?.tail &&
				(!quoted || quotedKinds) &&
				!hasTanween(text, n.start[bestFrom], n.start[bestTo - 1] + 1, bestTo - bestFrom)
			) {
				// A preposition before the name, attached (بالرقة، للرقة) or not (في الرقة).
				let clitic = false;
				let unusual = false;
				let lam = false;
				for (let c = i; c < bestFrom; c++) {
					if (codes[c] === BA || codes[c] === LAM) clitic = true;
					if (codes[c] === LAM) lam = true;
					if (codes[c] === FA || codes[c] === KAF) unusual = true;
				}
				found.push({
					from: bestFrom,
					to: bestTo,
					candidates: e.candidates,
					common: e.common,
					rare: e.rare,
					adjectival,
					// A type word before the name, or opening it: "مدينة الباب", "مخيم الهول" (a name
					// that carries its type word vouches for itself).
					trigger: beforeKinds ?? quotedKinds ?? e.typed ?? null,
					locative: clitic || beforeLocative,
					clitic: clitic ? 1 : unusual ? 2 : 0,
					lam,
					dateline: false,
					adjective: after?.country ?? null,
					masculine: !!after?.masculine,
					construct,
					townAdjective: !!after?.town,
					cues: null
				});
			}
		} else if (e.type === 'cue')
			for (const k of e.kinds) {
				const list = cues.get(k) ?? [];
				list.push(bestFrom);
				cues.set(k, list);
			}
		i = bestTo;
	}

	for (const f of found) {
		if (cues.size) f.cues = cues;
		f.dateline = opensDateline(text, n.start[f.from], n.start[f.to - 1] + 1);
	}
	const out: Mention[] = [];
	resolve(found, index).forEach((r, i) => {
		if (!r) return;
		const f = found[i];
		const start = n.start[f.from];
		let end = n.start[f.to - 1] + 1;
		while (end < text.length && isAttachedMark(text.charCodeAt(end))) end++;
		const m: Mention = {
			start,
			end,
			place: r.place,
			confidence: r.confidence,
			evidence: r.evidence
		};
		if (r.alternatives.length) m.alternatives = r.alternatives;
		out.push(m);
	});
	return out;
}
