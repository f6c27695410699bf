/**
 * Builds the matcher's index from place features (the validated gazetteer), extra variant spellings,
 * a stop-list of names that contain a place name but are not places, and the list of names that
 * are also common words.
 *
 * Every name is normalised (normalise.ts) and stored in one trie. A key can name several places
 * (طرابلس in Libya and in Lebanon; الهول, the town and, in news, the camp); its candidates keep
 * their tier: 0 for a place's own name, 1 for a listed variant, 2 for a spelling variant generated
 * by rule (spelling-variants.ts), which needs more evidence. A stop-list name always wins over a
 * place with the same key, and, being longer, over the place names inside it (قوات سوريا
 * الديمقراطية).
 */
import { geometryBox } from '../geo/geometry-box';
import {
	ORG_HEAD_WORDS,
	ORG_TAIL_WORDS,
	PERSON_TAIL_WORDS,
	TYPE_WORD_KINDS
} from './context-words';
import { normaliseName } from './normalise';
import { pinyinSpellings } from './pinyin';
import { spellingVariants, type VariantRule } from './spelling-variants';
import { Trie } from './trie';

/** The part of a place feature (src/lib/data/schema.ts) that the matcher reads. */
export interface PlaceInput {
	id: string;
	geometry: { type: string; coordinates: unknown } | null;
	bbox?: readonly number[];
	properties: {
		name: { ar: string; en: string };
		variants: { ar: string[]; en: string[] };
		kind: string;
		country?: string | null;
		importance?: number;
	};
}

/** Extra spellings for places, by place id (geodata/places/variants.json). */
export type VariantsByPlace = Readonly<Record<string, { ar?: string[]; en?: string[] }>>;

/** A name that is not a place (geodata/places/stoplist.json). */
export interface StopName {
	name: string;
	reason: string;
}

/** Names that are also common words, normalised, with what they mean (common-words.json). */
export type CommonWords = Readonly<Record<string, string>>;

/** The gloss common-words.json gives a word only Ayaspell lists (scripts/snapshot-lexicon.ts). */
export const AYASPELL_GLOSS = 'a word (Ayaspell)';

/** The cue kind of sports reporting's words (not a kind of place). */
export const SPORT = 'sport';

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
	border: ['معبر', 'المعبر', 'المعابر', 'الحدودي'],
	/**
	 * Words of sports reporting. Where they are dense, a city's name with nothing that makes it a
	 * place (no preposition, no type word) is a team's ("فاز برشلونة على ليفربول"). Not the words
	 * that are as common elsewhere (هدف is also a target, الفريق a general's rank, المنتخب the elected).
	 */
	[SPORT]: [
		'مباراة',
		'المباراة',
		'مباريات',
		'المباريات',
		'الدوري',
		'دوري',
		'المدرب',
		'مدرب',
		'لاعب',
		'اللاعب',
		'لاعبي',
		'اللاعبين',
		'لاعبين',
		'البطولة',
		'الملعب',
		'ملعب',
		'تعادل',
		'التعادل',
		'تغلب',
		'المهاجم',
		'مهاجم',
		'المرمى',
		'ركلة',
		'الشوط',
		'شوط',
		'كأس',
		'الكأس',
		'دوري أبطال',
		'النادي',
		'فريقه'
	]
};

export type Tier = 0 | 1 | 2;

export interface Candidate {
	id: string;
	/** 0: the place's own name; 1: one of its listed variants; 2: a generated spelling. */
	tier: Tier;
	/** For a generated spelling: the rule that made it. */
	rule?: VariantRule;
}

export type Entry =
	| {
			type: 'place';
			candidates: Candidate[];
			/** The name is also a common word; what it means (common-words.json). */
			common?: string;
			/** …but a rare one: less evidence is asked for. */
			rare?: boolean;
			/** The name opens with a type word ("مخيم الهول"): the kinds it calls for. */
			typed?: ReadonlySet<string>;
	  }
	| { type: 'stop'; name: string; reason: string }
	| { type: 'cue'; kinds: string[] };

export interface IndexedPlace {
	id: string;
	kind: string;
	country: string | null;
	/** A representative [lon, lat] (the point, or the middle of the geometry's box), or null. */
	point: [number, number] | null;
	/** The area's extent, [west, south, east, north], when the place is an area. */
	bbox: readonly [number, number, number, number] | null;
	/** Population or its equivalent (build-gazetteer.ts); a default by kind for curated places. */
	importance: number;
	/** A hand-curated place (no importance of its own): its names were reviewed for the story region. */
	reviewed: boolean;
}

export interface GazetteerIndex {
	trie: Trie<Entry>;
	places: ReadonlyMap<string, IndexedPlace>;
	/** Nationality adjectives (normalised: السوري، السورية، العراقية…) → the country's code. */
	adjectives: ReadonlyMap<string, string>;
	/** The masculine ones (السوري، الألماني): after a town's name they make it a club's, since a
	 * town is feminine in Arabic ("برلين الألمانية", but "فيردر بريمن الألماني"). */
	masculine: ReadonlySet<string>;
	/** What a word after a name says (its country, masculine, or an organisation's or a person's
	 * name going on), as a trie walked on the text's code units. */
	after: Trie<After>;
	/** Countries' names (their own and listed ones) → the country's code: a small trie for the
	 * word after a name ("رالي تركيا"). */
	countries: Trie<string>;
}

export interface After {
	/** A nationality adjective: the country's code. */
	country?: string;
	masculine?: boolean;
	/** "تايمز", "بن": the name is part of an organisation's or a person's. */
	tail?: boolean;
	/** A given name ("توماس", "هيلاري"): a minor place's name right after it is a surname. */
	given?: boolean;
	/** The masculine adjective of a big city of the Arab world (الفاسي): after a country's name, a
	 * club's ("المغرب الفاسي"). */
	town?: boolean;
}

/**
 * The adjectives Arabic builds on a country's name (the nisba), masculine and feminine, with the
 * article: سوريا → السوري، السورية; العراق → العراقي; فرنسا → الفرنسي; لبنان → اللبناني.
 *
 * A normalised name that opens with "ال" may hold the article (العراق) or not (المانيا, from
 * ألمانيا): both readings are given, masculine then feminine each.
 *
 * @example nisbaForms('سوريا') // ['السوري', 'السورية']
 * @example nisbaForms('المانيا') // ['الماني', 'المانية', 'الالماني', 'الالمانية']
 */
export function nisbaForms(name: string): string[] {
	if (name.includes(' ')) return [];
	const bases = name.startsWith('ال') ? [name.slice(2), name] : [name];
	return bases.flatMap((whole) => {
		let base = whole;
		if (/يا$/.test(base)) base = base.slice(0, -1);
		else if (/[اةه]$/.test(base)) base = base.slice(0, -1);
		if (base.length < 2) return [];
		const stem = base.endsWith('ي') ? base.slice(0, -1) : base;
		return ['ال' + stem + 'ي', 'ال' + stem + 'ية'];
	});
}

export interface IndexOptions {
	variants?: VariantsByPlace;
	stoplist?: readonly StopName[];
	commonWords?: CommonWords;
	/** Names that are also words, but rare ones (درنة: a tubercle). */
	rareWords?: CommonWords;
	/** Given names, as the text writes them (given-names.json). */
	givenNames?: readonly string[];
	cues?: Cues;
}

/**
 * How prominent a curated place (which carries no importance of its own) is taken to be, by kind:
 * about the population of such a place in the story region.
 */
export const DEFAULT_IMPORTANCE: Readonly<Record<string, number>> = {
	continent: 5e9,
	country: 1e8,
	region: 1e6,
	capital: 1e6,
	admin1: 1e5,
	city: 1e5,
	river: 1e6,
	sea: 1e6,
	district: 5e4,
	town: 2e4,
	camp: 2e4,
	subdistrict: 1e4,
	prison: 1e4,
	border: 1e4,
	crossing: 1e4,
	base: 1e4,
	building: 1e4,
	village: 3e3
};

/** Places of the Arabic-speaking world: their Arabic names are native, not transliterated. */
const ARABIC_SPEAKING = new Set(
	'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH'.split(' ')
);

/**
 * Roughly where Arabic is the land's language (west, south, east, north): a place with no country
 * (a sea, an island, a region, a continent) whose point lies outside has a transliterated name.
 */
const ARAB_WORLD: readonly [number, number, number, number] = [-17.5, 10, 60, 37.5];

/** Whether a place's Arabic name is a transliteration: its country, or else its point, says so. */
function isForeign(place: PlaceInput): boolean {
	return isForeignPlace({
		country: place.properties.country ?? null,
		point: representativePoint(place.geometry)
	});
}

/** The same question for an indexed place. */
export function isForeignPlace({
	country,
	point
}: Pick<IndexedPlace, 'country' | 'point'>): boolean {
	if (country) return !ARABIC_SPEAKING.has(country);
	return !!point && !inArabWorld({ point });
}

/** Whether a place lies in the Arab world's box (its neighbours' Arabic-named towns too). */
export function inArabWorld({ point }: Pick<IndexedPlace, 'point'>): boolean {
	if (!point) return false;
	const [w, s, e, n] = ARAB_WORLD;
	return point[0] >= w && point[0] <= e && point[1] >= s && point[1] <= n;
}

/** The kinds of place a club is named after. */
const TEAM_KINDS_OF_TOWNS = new Set(['city', 'capital']);

/** Countries whose places' English names are pinyin. */
const PINYIN_COUNTRIES = new Set(['CN', 'TW']);

/** English names are indexed for places at least this prominent (and every curated place). */
const ENGLISH_MIN_IMPORTANCE = 1e5;

export interface IndexKey {
	key: string;
	id: string;
	tier: Tier;
	rule?: VariantRule;
}

/**
 * Every name the matcher knows, normalised, with the place it names and its tier. Pure: the same
 * places give the same keys in the same order (the browser's compact gazetteer stores them).
 */
export function indexKeys(
	places: Iterable<PlaceInput>,
	variants: VariantsByPlace = {}
): IndexKey[] {
	const out: IndexKey[] = [];
	for (const place of places) {
		const { name, variants: own, importance } = place.properties;
		const extra = variants[place.id] ?? {};
		const seen = new Set<string>();
		const add = (raw: string, tier: Tier, rule?: VariantRule) => {
			const key = normaliseName(raw);
			// One-letter keys would match clitics and initials: never a place name.
			if (key.length < 2 || seen.has(key)) return;
			seen.add(key);
			out.push(rule ? { key, id: place.id, tier, rule } : { key, id: place.id, tier });
		};
		const arabic = [name.ar, ...own.ar, ...(extra.ar ?? [])];
		add(name.ar, 0);
		for (const v of [...own.ar, ...(extra.ar ?? [])]) add(v, 1);
		const english = importance === undefined || importance >= ENGLISH_MIN_IMPORTANCE;
		if (english) {
			add(name.en, 0);
			for (const v of [...own.en, ...(extra.en ?? [])]) add(v, 1);
		}
		const foreign = isForeign(place);
		const compound = place.properties.kind === 'country';
		const withArticle = !foreign || compound;
		const major = importance === undefined || importance >= 1e6;
		for (const a of arabic)
			for (const v of spellingVariants(a, { foreign, compound, withArticle, major }))
				add(v.name, 2, v.rule);
		// A Chinese place's name as each outlet transliterates its pinyin (قوانغتشو، هونان): for a
		// province and a city of 100,000 or more, whose names news writes.
		if (
			place.properties.country &&
			PINYIN_COUNTRIES.has(place.properties.country) &&
			(place.properties.kind === 'admin1' || (importance ?? 0) >= 1e5)
		)
			for (const v of pinyinSpellings(name.en)) add(v, 2, 'pinyin');
	}
	return out;
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
		candidates.sort((a, b) => a.tier - b.tier);
		return {
			type: 'place',
			candidates,
			...(old.common ? { common: old.common } : {}),
			...(old.rare ? { rare: old.rare } : {}),
			...(old.typed ? { typed: old.typed } : {})
		};
	}
	if (old.type === 'cue' && value.type === 'cue')
		return { type: 'cue', kinds: [...new Set([...old.kinds, ...value.kinds])] };
	return old;
}

/** A representative point of a geometry: the point itself, or the middle of its box. */
export function representativePoint(geometry: PlaceInput['geometry']): [number, number] | null {
	if (!geometry) return null;
	if (geometry.type === 'Point') {
		const [lon, lat] = geometry.coordinates as number[];
		return [lon, lat];
	}
	const box = geometryBox(geometry.coordinates);
	return box ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : null;
}

/** What the matcher keeps of a place. */
export function indexedPlace(place: PlaceInput): IndexedPlace {
	const { kind, country, importance } = place.properties;
	const b = place.bbox;
	return {
		id: place.id,
		kind,
		country: country ?? null,
		point: representativePoint(place.geometry),
		bbox: b && b.length === 4 ? [b[0], b[1], b[2], b[3]] : null,
		importance: importance ?? DEFAULT_IMPORTANCE[kind] ?? 1e4,
		reviewed: importance === undefined
	};
}

/** A trie and a place table from prepared keys: shared by the full and the compact gazetteer. */
export function assembleIndex(
	keys: readonly IndexKey[],
	places: Iterable<IndexedPlace>,
	{
		stoplist = [],
		commonWords = {},
		rareWords = {},
		givenNames = [],
		cues = DEFAULT_CUES
	}: Omit<IndexOptions, 'variants'> = {}
): GazetteerIndex {
	const entries = new Map<string, Entry>();
	const put = (key: string, entry: Entry) => {
		const old = entries.get(key);
		entries.set(key, old ? mergeEntries(old, entry) : entry);
	};
	for (const { key, id, tier, rule } of keys) {
		const rare = !commonWords[key] && !!rareWords[key];
		const common = commonWords[key] ?? rareWords[key];
		const space = key.indexOf(' ');
		const typed = space > 0 ? TYPE_WORD_KINDS.get(key.slice(0, space)) : undefined;
		put(key, {
			type: 'place',
			candidates: [rule ? { id, tier, rule } : { id, tier }],
			...(common ? { common } : {}),
			...(rare ? { rare } : {}),
			...(typed ? { typed } : {})
		});
	}
	const add = (name: string, entry: Entry) => {
		const key = normaliseName(name);
		if (key.length >= 2) put(key, entry);
	};
	for (const s of stoplist) add(s.name, { type: 'stop', name: s.name, reason: s.reason });
	for (const [kind, words] of Object.entries(cues))
		for (const w of words) add(w, { type: 'cue', kinds: [kind] });
	const trie = Trie.fromEntries(entries);
	const table = new Map([...places].map((p) => [p.id, p]));
	const adjectives = new Map<string, string>();
	const masculine = new Set<string>();
	// Countries' names, for the word after a name ("رالي تركيا"), and their adjectives.
	const countries = new Map<string, string>();
	for (const { key, id, tier } of keys) {
		const p = table.get(id);
		if (p?.kind === 'country' && p.country && tier < 2) {
			if (!countries.has(key)) countries.set(key, p.country);
			const forms = nisbaForms(key).map(normaliseName);
			for (let f = 0; f + 1 < forms.length; f += 2) {
				const [masc, fem] = [forms[f], forms[f + 1]];
				if (!adjectives.has(masc)) adjectives.set(masc, p.country);
				if (!adjectives.has(fem)) adjectives.set(fem, p.country);
				masculine.add(masc);
			}
		}
	}
	// A name spelt like a nationality adjective ("السوري", a transliteration of Surrey) is read
	// as the adjective first.
	for (const [form, cc] of adjectives) {
		const e = trie.get(form);
		if (e?.type === 'place' && !e.common) e.common = `adjective (${cc})`;
	}
	// A word that heads organisations' names is that word before it is a place: "بورصة" is a
	// stock exchange (بورصة لندن) more often than Bursa, "فيردر" Werder Bremen's first word.
	for (const w of ORG_HEAD_WORDS) {
		const e = trie.get(w);
		if (e?.type === 'place' && !e.common) e.common = 'organisation word';
	}
	const after = new Map<string, After>();
	for (const [form, cc] of adjectives) {
		// "سوق دبي المالي" is Dubai's financial market, not a Malian one: an adjective the dictionary
		// gives another meaning says nothing of the name's country. (Ayaspell lists the adjectives
		// themselves, so its gloss does not count.)
		const gloss = commonWords[form];
		if (gloss && gloss !== AYASPELL_GLOSS) continue;
		after.set(form, { country: cc, masculine: masculine.has(form) });
	}
	for (const w of [...ORG_TAIL_WORDS, ...PERSON_TAIL_WORDS])
		after.set(w, { ...after.get(w), tail: true });
	// The masculine adjective of a big city of the Arab world after a country's name makes a club's
	// name: "المغرب الفاسي" (Maghreb of Fez), "المغرب التطواني". Not an adjective that is also a
	// nationality or a name of the gazetteer.
	for (const { key, id, tier } of keys) {
		const p = table.get(id);
		if (!p || tier > 0 || !TEAM_KINDS_OF_TOWNS.has(p.kind) || p.importance < 3e5) continue;
		if (!inArabWorld(p) || key.includes(' ')) continue;
		const forms = nisbaForms(key).map(normaliseName);
		for (let f = 0; f < forms.length; f += 2)
			if (!adjectives.has(forms[f]) && !trie.get(forms[f]))
				after.set(forms[f], { ...after.get(forms[f]), town: true });
	}
	for (const name of givenNames) {
		const w = normaliseName(name);
		if (w.length < 2) continue;
		after.set(w, { ...after.get(w), given: true });
		// A minor place named like a given name ("جورج": Gorj) asks for some evidence, as a rare
		// word does.
		const e = trie.get(w);
		if (e?.type === 'place' && !e.common) {
			e.common = 'given name';
			e.rare = true;
		}
	}
	return {
		trie,
		places: table,
		adjectives,
		masculine,
		after: Trie.fromEntries(after),
		countries: Trie.fromEntries(countries)
	};
}

/**
 * Build the index the matcher walks.
 *
 * @example
 * const index = buildGazetteerIndex(dataset.places.values(), { variants, stoplist });
 * geoparse('وصلوا إلى القامشلي', index) // [{ start: 10, end: 18, place: 'qamishli', … }]
 */
export function buildGazetteerIndex(
	places: Iterable<PlaceInput>,
	{ variants = {}, ...options }: IndexOptions = {}
): GazetteerIndex {
	const list = [...places];
	const ids = new Set(list.map((p) => p.id));
	for (const id of Object.keys(variants))
		if (!ids.has(id))
			throw new Error(`variants: "${id}" is not a place in the gazetteer (check variants.json)`);
	return assembleIndex(indexKeys(list, variants), list.map(indexedPlace), options);
}
