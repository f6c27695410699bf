/**
 * Builds the matcher's index from place features (the validated gazetteer), extra variant spellings
 * and a stop-list of names that contain a place name but are not places.
 *
 * Every name is normalised (normalise.ts) and stored in one trie. A key can name several places
 * (الهول: the town and, in news, the camp); its candidates keep the order in which they should win
 * when the context says nothing: a place's own name before another place's variant, then gazetteer
 * order. A stop-list name always wins over a place with the same key, and, being longer, over the
 * place names inside it (قوات سوريا الديمقراطية).
 */
import { normaliseName } from './normalise';
import { Trie } from './trie';

/** The part of a place feature (src/lib/data/schema.ts) that the matcher reads. */
export interface PlaceInput {
	id: string;
	geometry: { type: string; coordinates: unknown } | null;
	properties: {
		name: { ar: string; en: string };
		variants: { ar: string[]; en: string[] };
		kind: string;
	};
}

/** Extra spellings for places, by place id (geodata/places/variants.json). */
export type VariantsByPlace = Readonly<Record<string, { ar?: string[]; en?: string[] }>>;

/** A name that is not a place (geodata/places/stoplist.json). */
export interface StopName {
	name: string;
	reason: string;
}

/** Words that hint at a kind of place near an ambiguous name (مخيم → camp). */
export type Cues = Readonly<Record<string, readonly string[]>>;

export const DEFAULT_CUES: Cues = {
	camp: [
		'مخيم',
		'المخيم',
		'مخيمات',
		'المخيمات',
		'النازحين',
		'النازحون',
		'نازحين',
		'اللاجئين',
		'اللاجئون',
		'قاطني',
		'قاطنات'
	],
	town: ['بلدة', 'البلدة'],
	city: ['مدينة', 'المدينة'],
	border: ['معبر', 'المعبر', 'المعابر', 'الحدودي']
};

export interface Candidate {
	id: string;
	/** 0: the place's own name; 1: one of its variants. */
	tier: 0 | 1;
}

export type Entry =
	| { type: 'place'; candidates: Candidate[] }
	| { type: 'stop'; name: string; reason: string }
	| { type: 'cue'; kinds: string[] };

export interface IndexedPlace {
	id: string;
	kind: string;
	/** A representative [lon, lat] (the point, or the middle of the geometry's box), or null. */
	point: [number, number] | null;
}

export interface GazetteerIndex {
	trie: Trie<Entry>;
	places: ReadonlyMap<string, IndexedPlace>;
}

export interface IndexOptions {
	variants?: VariantsByPlace;
	stoplist?: readonly StopName[];
	cues?: Cues;
}

const RANK = { stop: 2, place: 1, cue: 0 } as const;

function mergeEntries(old: Entry, value: Entry): Entry {
	if (RANK[old.type] !== RANK[value.type]) return RANK[old.type] > RANK[value.type] ? old : value;
	if (old.type === 'place' && value.type === 'place') {
		const candidates = [...old.candidates];
		for (const c of value.candidates) {
			const i = candidates.findIndex((o) => o.id === c.id);
			if (i === -1) candidates.push(c);
			else if (c.tier < candidates[i].tier) candidates[i] = c;
		}
		// Stable: own names first, then gazetteer order.
		return { type: 'place', candidates: candidates.sort((a, b) => a.tier - b.tier) };
	}
	if (old.type === 'cue' && value.type === 'cue')
		return { type: 'cue', kinds: [...new Set([...old.kinds, ...value.kinds])] };
	return old;
}

function representativePoint(geometry: PlaceInput['geometry']): [number, number] | null {
	if (!geometry) return null;
	if (geometry.type === 'Point') {
		const [lon, lat] = geometry.coordinates as number[];
		return [lon, lat];
	}
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			w = Math.min(w, c[0]);
			e = Math.max(e, c[0]);
			s = Math.min(s, c[1]);
			n = Math.max(n, c[1]);
		} else if (Array.isArray(c)) c.forEach(visit);
	};
	visit(geometry.coordinates);
	return Number.isFinite(w) ? [(w + e) / 2, (s + n) / 2] : null;
}

/**
 * Build the index the matcher walks.
 *
 * @example
 * const index = buildGazetteerIndex(dataset.places.values(), { variants, stoplist });
 * geoparse('وصلوا إلى القامشلي', index) // [{ start: 10, end: 18, place: 'qamishli' }]
 */
export function buildGazetteerIndex(
	places: Iterable<PlaceInput>,
	{ variants = {}, stoplist = [], cues = DEFAULT_CUES }: IndexOptions = {}
): GazetteerIndex {
	const trie = new Trie<Entry>();
	const indexed = new Map<string, IndexedPlace>();
	const add = (name: string, entry: Entry) => {
		const key = normaliseName(name);
		// One-letter keys would match clitics and initials: never a place name.
		if (key.length >= 2) trie.set(key, entry, mergeEntries);
	};
	for (const place of places) {
		const { name, variants: own, kind } = place.properties;
		indexed.set(place.id, { id: place.id, kind, point: representativePoint(place.geometry) });
		add(name.ar, { type: 'place', candidates: [{ id: place.id, tier: 0 }] });
		add(name.en, { type: 'place', candidates: [{ id: place.id, tier: 0 }] });
		const extra = variants[place.id] ?? {};
		for (const v of [...own.ar, ...own.en, ...(extra.ar ?? []), ...(extra.en ?? [])])
			add(v, { type: 'place', candidates: [{ id: place.id, tier: 1 }] });
	}
	for (const id of Object.keys(variants))
		if (!indexed.has(id))
			throw new Error(`variants: "${id}" is not a place in the gazetteer (check variants.json)`);
	for (const s of stoplist) add(s.name, { type: 'stop', name: s.name, reason: s.reason });
	for (const [kind, words] of Object.entries(cues))
		for (const w of words) add(w, { type: 'cue', kinds: [kind] });
	return { trie, places: indexed };
}
