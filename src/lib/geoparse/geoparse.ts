/**
 * Finds the places an Arabic text mentions. One left-to-right pass over the normalised text: at
 * each word start, after the attached clitics that may precede a name (و ف, then ب ل ك; the
 * article's alef that ل swallows: للرقة), the trie gives the longest name that ends at a word
 * boundary. Leftmost-longest wins (مخيم الهول over الهول, دير الزور as one name); a stop-list name
 * (قوات سوريا الديمقراطية) consumes its words and reports nothing. Names that several places share
 * are then resolved by the article's other mentions and by cue words near them.
 */
import type { Candidate, GazetteerIndex, IndexedPlace } from './index-gazetteer';
import { isAttachedMark, isWordUnit, normalise } from './normalise';

/**
 * Why a name was read as a place, and as this place rather than another of the same name.
 *   unique      the name belongs to one place only, and is not also a common word
 *   trigger     a type word stands before it (مدينة، بلدة، قرية، محافظة، مخيم…)
 *   preposition a locative preposition stands before it (في، إلى، من، قرب…)
 *   nearby      other places of the story lie near this candidate (spatial coherence)
 *   country     the story names this candidate's country
 *   repeated    the story names this candidate elsewhere without ambiguity
 *   cue         a word near it hints at this kind of place (مخيم near a camp)
 *   importance  the most prominent of the candidates (population, rank)
 */
export type Evidence =
	'unique' | 'trigger' | 'preposition' | 'nearby' | 'country' | 'repeated' | 'cue' | 'importance';

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

/** How far (in normalised characters) a cue word counts for an ambiguous name. */
const CUE_WINDOW = 300;
/** Candidates closer than this are the same spot (a town and its camp): distance cannot decide. */
const DISTINCT_KM = 50;

interface Found {
	/** Normalised offsets. */
	from: number;
	to: number;
	candidates: Candidate[];
}

/** The offsets (after clitics) where a name may start in the word at `p`, fewest clitics first. */
function nameStarts(codes: Uint16Array, length: number, p: number): number[] {
	const starts = [p];
	const c = codes[p];
	if ((c === WAW || c === FA) && p + 1 < length && isWordUnit(codes[p + 1])) {
		starts.push(p + 1);
		const d = codes[p + 1];
		if ((d === BA || d === LAM || d === KAF) && p + 2 < length && isWordUnit(codes[p + 2]))
			starts.push(p + 2);
	} else if ((c === BA || c === LAM || c === KAF) && p + 1 < length && isWordUnit(codes[p + 1]))
		starts.push(p + 1);
	return starts;
}

function km([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
	return Math.hypot(x, lat2 - lat1) * 111.2;
}

function countInWindow(sorted: number[], at: number): number {
	const lower = (v: number) => {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sorted[mid] < v) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	return lower(at + CUE_WINDOW) - lower(at - CUE_WINDOW);
}

/** Order an ambiguous name's candidates by how well they fit the rest of the article. */
function rank(
	f: Found,
	places: ReadonlyMap<string, IndexedPlace>,
	named: ReadonlySet<string>,
	centre: [number, number] | null,
	cues: ReadonlyMap<string, number[]>
): string[] {
	const score = new Map<string, number>();
	for (const c of f.candidates) {
		let s = 0;
		if (named.has(c.id)) s += 100;
		const kind = places.get(c.id)?.kind;
		const near = kind ? cues.get(kind) : undefined;
		if (near) s += 10 * countInWindow(near, f.from);
		score.set(c.id, s);
	}
	if (centre) {
		const located = f.candidates
			.map((c) => ({ id: c.id, point: places.get(c.id)?.point }))
			.filter((c): c is { id: string; point: [number, number] } => !!c.point)
			.map((c) => ({ id: c.id, d: km(c.point, centre) }))
			.sort((a, b) => a.d - b.d);
		if (located.length > 1 && located[1].d - located[0].d > DISTINCT_KM)
			score.set(located[0].id, score.get(located[0].id)! + 5);
	}
	// Stable sort: equal scores keep the index's order (own name first).
	return f.candidates.map((c) => c.id).sort((a, b) => score.get(b)! - score.get(a)!);
}

/**
 * The place mentions in `text`, in text order.
 *
 * @example
 * geoparse('قصفت الطائرات محيط مخيم الهول وبلدة تل تمر', index)
 * // [{ start: 19, end: 29, place: 'al-hol-camp' }, { start: 35, end: 41, place: 'tal-tamr' }]
 */
export function geoparse(text: string, index: GazetteerIndex): Mention[] {
	const { trie, places } = index;
	const n = normalise(text);
	const { codes, length } = n;
	const found: Found[] = [];
	const cues = new Map<string, number[]>();
	let i = 0;
	while (i < length) {
		if (!isWordUnit(codes[i]) || (i > 0 && isWordUnit(codes[i - 1]))) {
			i++;
			continue;
		}
		let best: { from: number; to: number; entry: NonNullable<ReturnType<typeof trie.get>> } | null =
			null;
		for (const q of nameStarts(codes, length, i)) {
			const hit = trie.longestAt(codes, length, q);
			if (hit && (!best || hit.end > best.to)) best = { from: q, to: hit.end, entry: hit.value };
			// The article after ل: "للرقة" is ل + "الرقة" with the alef dropped; walk ا, then the
			// text from the second ل.
			if (q > i && codes[q - 1] === LAM && codes[q] === LAM) {
				const art = trie.longestAt(codes, length, q, ALEF);
				if (art && (!best || art.end > best.to)) best = { from: q, to: art.end, entry: art.value };
			}
		}
		if (!best) {
			while (i < length && isWordUnit(codes[i])) i++;
			continue;
		}
		const e = best.entry;
		if (e.type === 'place') found.push({ from: best.from, to: best.to, candidates: e.candidates });
		else if (e.type === 'cue')
			for (const k of e.kinds) {
				const list = cues.get(k) ?? [];
				list.push(best.from);
				cues.set(k, list);
			}
		i = best.to;
	}

	const named = new Set(
		found.filter((f) => f.candidates.length === 1).map((f) => f.candidates[0].id)
	);
	let centre: [number, number] | null = null;
	const points = found
		.filter((f) => f.candidates.length === 1)
		.map((f) => places.get(f.candidates[0].id)?.point)
		.filter((p): p is [number, number] => !!p);
	if (points.length)
		centre = [
			points.reduce((s, p) => s + p[0], 0) / points.length,
			points.reduce((s, p) => s + p[1], 0) / points.length
		];

	return found.map((f) => {
		const start = n.start[f.from];
		let end = n.end[f.to - 1];
		while (end < text.length && isAttachedMark(text.charCodeAt(end))) end++;
		if (f.candidates.length === 1)
			return { start, end, place: f.candidates[0].id, confidence: 1, evidence: ['unique'] };
		const [place, ...others] = rank(f, places, named, centre, cues);
		// Placeholder scores until the resolver explains itself: the winner over an even split.
		const confidence = 1 / (others.length + 1);
		const alternatives = others.map((id) => ({ place: id, confidence: confidence / 2 }));
		return { start, end, place, confidence, evidence: ['importance'], alternatives };
	});
}
