/**
 * Decides, for each name the matcher found, whether the text means a place there, and which one.
 * Each candidate gets a score, the sum of a prior and the evidence of the story:
 *   prior     how prominent the place is (importance), lowered for a listed or generated spelling
 *             and for a name that is also a common word ("الطبقة": the layer);
 *   evidence  a type word before the name that fits the candidate's kind (+), a locative
 *             preposition (+), other places of the story near the candidate (spatial coherence),
 *             the candidate's country named in the story, the same place named elsewhere without
 *             doubt, a cue word near it (مخيم for a camp).
 * The best candidate wins if its score reaches THRESHOLD. Confidence is the logistic of its margin
 * over the threshold, times its share against the other candidates; the candidates it beat are
 * reported with theirs. Two passes: names that are sure without the story's help anchor the story,
 * then everything is scored against those anchors. Pure.
 */
import {
	inArabWorld,
	isForeignPlace,
	SPORT,
	type Candidate,
	type GazetteerIndex,
	type IndexedPlace
} from './index-gazetteer';
import type { VariantRule } from './spelling-variants';

export type Evidence =
	| 'unique'
	| 'trigger'
	| 'preposition'
	| 'nearby'
	| 'country'
	| 'repeated'
	| 'cue'
	| 'dateline'
	| 'importance';

/** A name found in the text, with what stands around it. Offsets are normalised ones. */
export interface Found {
	from: number;
	to: number;
	candidates: Candidate[];
	/** The name is also a common word; what it means. */
	common?: string;
	/** …a rare word only (درنة: a tubercle): it needs less evidence than a common one. */
	rare?: boolean;
	/** The name, with its article, follows a definite noun: as a word it would be its adjective. */
	adjectival?: boolean;
	/** The kinds a type word right before the name calls for (مدينة → city, town…), if any. */
	trigger: ReadonlySet<string> | null;
	/** A locative preposition or a prepositional clitic (ب، ل) stands before the name. */
	locative: boolean;
	/**
	 * The name was read after taking letters off the word's start: 1 for a prepositional
	 * clitic (ب، ل: "بلندن"), 2 for ف or ك ("فحلب", "كحلب": rarer before a name), 0 for none or
	 * و alone. "بلير" (Blair) is ب + Leer; "فاطمة" is ف + Atmeh.
	 */
	clitic?: 0 | 1 | 2;
	/** That clitic is ل (to, for): in sports reporting the team's ("الأفضلية لبرشلونة"). */
	lam?: boolean;
	/** The name opens a dateline: at a line's or the text's start, a dash after it. */
	dateline: boolean;
	/** A nationality adjective right after the name says its country ("ربيعة العراقية"). */
	adjective: string | null;
	/** That adjective is masculine: a town's name before it is a club's ("بريمن الألماني"). */
	masculine: boolean;
	/** A country's name right after the name (its code): a town of another country is no
	 * place there, but a noun in construct with it ("رالي تركيا", Turkey's rally, not Raleigh). */
	construct?: string | null;
	/** A big city's masculine adjective right after the name: a country's name before it is a
	 * club's ("المغرب الفاسي"). */
	townAdjective?: boolean;
	/** Where the text's cue words are, by the kind they hint at (null when it has none). */
	cues: ReadonlyMap<string, number[]> | null;
}

/** What the geoparser decided for a found name (the same object for every mention of one name
 * in one setting: the caller pairs it with its Found). */
export interface Resolved {
	place: string;
	confidence: number;
	evidence: Evidence[];
	alternatives: { place: string; confidence: number }[];
}

export const WEIGHTS = {
	threshold: 1.0,
	/** Priors by importance: at least 1e8, 1e6, 1e5, 1e4, 1e3, below. */
	importance: [2.2, 1.6, 0.9, 0.5, 0.2, -0.2],
	tier: [0, -0.15, -0.6],
	/** Generated spellings, by rule: a regular transliteration variant is nearly as good as the name. */
	rule: {
		'g-spelling': -0.2,
		vowel: -0.3,
		article: -0.3,
		alternative: -0.1,
		'type-word': -2.5,
		honorific: -0.3,
		'first-part': -0.2,
		pinyin: -0.2
	} as Record<VariantRule, number>,
	/**
	 * A name without its type word: a river (النيل، الفرات) and an administrative area (ريف دمشق,
	 * شمال دارفور) are written so as often as not; an island, a mountain or a lake hardly ever
	 * (جزر القمر is not القمر, the moon; جبل طارق is not طارق).
	 */
	typeWordKinds: { river: -0.3, admin1: -0.4, district: -0.4, subdistrict: -0.4 } as Record<
		string,
		number
	>,
	/** A generated spelling that is also a common word (المدينة from المدينة المنورة). */
	generatedCommon: 1.0,
	/** Penalty for a common word, by the same importance steps. */
	common: [1.0, 1.0, 1.2, 1.4, 1.6, 1.8],
	/** A dateline: the name opens a line and a dash follows ("الدوحة - ", "بيروت ـ "). */
	dateline: 1.5,
	/** Penalty for a name whose only other meanings are rare words. */
	rareWord: 0.4,
	/** Penalty for such a name in an adjective's place, after a definite noun. */
	adjectival: 2.0,
	/** Penalty for a function word (إن، أن، لأي): only a type word can make it a place. */
	functionWord: 3.0,
	/** The prior of a hand-reviewed place of the story region, whatever its importance. */
	reviewed: 1.3,
	/** An administrative area named like its chief town (محافظة حلب, Istanbul province) yields to
	 * the town unless a type word asks for the area. */
	areaNamedLikeTown: -0.3,
	/** A plausible reading (this far under the threshold) takes part in the story's first sketch. */
	plausible: 0.7,
	trigger: 2.0,
	/** "طرابلس اللبنانية": the adjective names the place's country; any other country is out. */
	adjective: 1.0,
	otherAdjective: 2.5,
	locative: 0.45,
	/** More for a preposition before a town of the Arab world or its neighbours whose name is no
	 * word: a town of 10,000 to 100,000 people (prior 0.5) is then a place after "في" alone. */
	locativeArabTown: 0.2,
	/**
	 * A minor place (not reviewed, under a million, outside the Arab world or of no country) read
	 * inside a longer word: a prepositional clitic is not evidence for it, and ف or ك before it
	 * costs this much. A transliterated name starts with any letter, so a person's name is often a
	 * clitic and a small town.
	 */
	unusualClitic: 1.0,
	nearby: 1.0,
	nearbyKm: 300,
	region: 0.3,
	regionKm: 1500,
	country: 0.6,
	repeated: 0.8,
	cue: 0.6,
	/**
	 * Penalty for a city's name in sports reporting (this many sports words or more within
	 * CUE_WINDOW) with no preposition, type word or dateline before it: a team's name.
	 */
	team: 2.0,
	teamCues: 3,
	/** Logistic slope from score margin to confidence. */
	slope: 2.2
};

const step = (importance: number) =>
	importance >= 1e8
		? 0
		: importance >= 1e6
			? 1
			: importance >= 1e5
				? 2
				: importance >= 1e4
					? 3
					: importance >= 1e3
						? 4
						: 5;

const RAD = Math.PI / 180;
function km(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * RAD);
	return Math.hypot(x, lat2 - lat1) * 111.2;
}

/** Areas wider than this (continents, big countries) say little about where a point is: being in
 * one is not being near the story's other places. */
const WIDE_DEG = 10;

/** The gloss common-words.json gives a particle, a pronoun or a preposition. */
export const FUNCTION_WORD = 'function word';

const AREAS = new Set(['admin1', 'district', 'subdistrict']);

/** Kinds whose names take a masculine adjective (جبل، نهر، بحر، إقليم…: the type word's gender). */
const MASCULINE_KINDS = new Set([
	'country',
	'region',
	'admin1',
	'district',
	'river',
	'sea',
	'mountain',
	'desert',
	'continent',
	'landform',
	'lake',
	'island',
	'camp',
	'crossing',
	'base',
	'prison',
	'building',
	'border'
]);

/** Evidence as bits while scoring (cheap), as names in the result. */
const EV: Record<Evidence, number> = {
	unique: 0,
	trigger: 1,
	preposition: 2,
	dateline: 4,
	cue: 8,
	repeated: 16,
	nearby: 32,
	country: 64,
	importance: 0
};
const EV_ORDER: Evidence[] = [
	'trigger',
	'dateline',
	'preposition',
	'repeated',
	'nearby',
	'country',
	'cue'
];

function prior(c: Candidate, p: IndexedPlace, common: string | undefined, rare = false): number {
	const s = step(p.importance);
	const base = p.reviewed
		? Math.max(WEIGHTS.reviewed, WEIGHTS.importance[s])
		: WEIGHTS.importance[s];
	const spelling = !c.rule
		? WEIGHTS.tier[c.tier]
		: c.rule === 'type-word'
			? (WEIGHTS.typeWordKinds[p.kind] ?? WEIGHTS.rule['type-word'])
			: WEIGHTS.rule[c.rule];
	const word = !common
		? 0
		: common === FUNCTION_WORD
			? WEIGHTS.functionWord
			: rare
				? WEIGHTS.rareWord
				: WEIGHTS.common[s] + (c.tier === 2 ? WEIGHTS.generatedCommon : 0);
	return base + spelling - word + (AREAS.has(p.kind) ? WEIGHTS.areaNamedLikeTown : 0);
}

/** A candidate's score from the name and its neighbourhood alone (what no other mention changes). */
interface Local {
	p: IndexedPlace;
	order: number;
	score: number;
	ev: number;
}

/** How far (in normalised characters) a cue word counts for an ambiguous name. */
const CUE_WINDOW = 300;

/** The kinds cue words hint at (index-gazetteer.ts DEFAULT_CUES), in a fixed order. */
const CUE_KINDS = ['camp', 'town', 'city', 'border'];

function lowerBound(sorted: readonly number[], v: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * How many cue words of each kind lie within CUE_WINDOW of an ambiguous name (0, 1, or 2 for
 * two or more), two bits per kind in CUE_KINDS order. Only ambiguous names count cues: a cue helps
 * choose between a name's readings.
 */
/** Kinds a team is named after. */
const TEAM_KINDS = new Set(['city', 'capital', 'town']);

/** Whether the name stands in sports reporting: WEIGHTS.teamCues sports words near it. */
function inSports(f: Found): boolean {
	const sorted = f.cues?.get(SPORT);
	if (!sorted || sorted.length < WEIGHTS.teamCues) return false;
	const n = lowerBound(sorted, f.from + CUE_WINDOW) - lowerBound(sorted, f.from - CUE_WINDOW);
	return n >= WEIGHTS.teamCues;
}

function cueBits(f: Found): number {
	if (!f.cues || f.candidates.length < 2) return 0;
	let bits = 0;
	for (let k = 0; k < CUE_KINDS.length; k++) {
		const sorted = f.cues.get(CUE_KINDS[k]);
		if (!sorted) continue;
		const n = lowerBound(sorted, f.from + CUE_WINDOW) - lowerBound(sorted, f.from - CUE_WINDOW);
		bits |= Math.min(n, 2) << (2 * k);
	}
	return bits;
}

const cuesOf = (bits: number, kind: string) => {
	const k = CUE_KINDS.indexOf(kind);
	return k === -1 ? 0 : (bits >> (2 * k)) & 3;
};

/**
 * Local scores shared by the mentions of one name in one setting (the same type word,
 * preposition, dateline and cue words near): a story names its places many times.
 */
type LocalCache = Map<readonly Candidate[], Map<ReadonlySet<string> | null, Map<number, Local[]>>>;

function cachedLocalScores(f: Found, index: GazetteerIndex, cache: LocalCache): Local[] {
	const cues = cueBits(f);
	const sports = inSports(f);
	if (f.adjective || f.construct || f.townAdjective) return localScores(f, index, cues, sports);
	const flags =
		(f.locative ? 1 : 0) |
		(f.dateline ? 2 : 0) |
		(f.adjectival ? 4 : 0) |
		(sports ? 8 : 0) |
		((f.clitic ?? 0) << 4) |
		(f.lam ? 1 << 14 : 0) |
		(cues << 6);
	let byTrigger = cache.get(f.candidates);
	if (!byTrigger) cache.set(f.candidates, (byTrigger = new Map()));
	let byFlags = byTrigger.get(f.trigger);
	if (!byFlags) byTrigger.set(f.trigger, (byFlags = new Map()));
	let locals = byFlags.get(flags);
	if (!locals) byFlags.set(flags, (locals = localScores(f, index, cues, sports)));
	return locals;
}

function localScores(f: Found, index: GazetteerIndex, cueBitsOf: number, sports: boolean): Local[] {
	const out: Local[] = [];
	f.candidates.forEach((c, order) => {
		const p = index.places.get(c.id);
		if (!p) return;
		let score = prior(c, p, f.common, f.rare);
		// "الوقت الحاضر": a name that is also a word, right after a definite noun, is its adjective.
		if (f.adjectival && f.common) score -= WEIGHTS.adjectival;
		let ev = 0;
		if (f.trigger?.has(p.kind)) {
			score += WEIGHTS.trigger - (AREAS.has(p.kind) ? WEIGHTS.areaNamedLikeTown : 0);
			ev |= EV.trigger;
		}
		if (f.dateline) {
			score += WEIGHTS.dateline;
			ev |= EV.dateline;
		}
		// "في المدينة" is "in the city" far more often than "in Medina": before a name that is also
		// a common word, a preposition tells nothing.
		// A minor place whose name is transliterated: a clitic before it is more often the first
		// letter of a foreign person's name ("بلير", "باتشان") than a preposition; before a town of
		// the Arab world ("بطنجة", "بمراكش") it is the preposition.
		const minor = !p.reviewed && p.importance < 1e6 && (!p.country || isForeignPlace(p));
		if (minor && f.clitic === 2) score -= WEIGHTS.unusualClitic;
		// In sports reporting ل before a city is "for" its team: "هدف لبرشلونة".
		const forTeam = sports && f.lam && TEAM_KINDS.has(p.kind);
		if (f.locative && !(f.common && !f.rare) && !(minor && f.clitic === 1) && !forTeam) {
			score += WEIGHTS.locative;
			// "في زاخو", "في إيلات": a town of the Arab world or of its neighbours (in its box),
			// whose name, as written, is no word, needs nothing more. Not after a clitic ("لغات"
			// is languages, not ل + Ghat) nor for a generated spelling ("حديثه" is his talk, not
			// Haditha).
			if (
				!f.common &&
				!f.clitic &&
				c.tier < 2 &&
				p.country &&
				TEAM_KINDS.has(p.kind) &&
				(inArabWorld(p) || !isForeignPlace(p))
			)
				score += WEIGHTS.locativeArabTown;
			ev |= EV.preposition;
		}
		if (f.adjective) {
			// A town is feminine in Arabic: "برلين الألمانية"; "بريمن الألماني" is a team.
			if (f.masculine && !MASCULINE_KINDS.has(p.kind)) score -= WEIGHTS.otherAdjective;
			else if (p.country === f.adjective) {
				score += WEIGHTS.adjective;
				ev |= EV.country;
			} else score -= WEIGHTS.otherAdjective;
		}
		if (f.construct && TEAM_KINDS.has(p.kind) && p.country !== f.construct)
			score -= WEIGHTS.otherAdjective;
		if (f.townAdjective && p.kind === 'country') score -= WEIGHTS.otherAdjective;
		// "فاز برشلونة على ليفربول": in sports reporting a bare city's name is its team's.
		if (sports && TEAM_KINDS.has(p.kind) && !ev && (!f.locative || forTeam)) score -= WEIGHTS.team;
		const cues = cuesOf(cueBitsOf, p.kind);
		if (cues) {
			score += WEIGHTS.cue * Math.min(cues, 2);
			ev |= EV.cue;
		}
		out.push({ p, order, score, ev });
	});
	return out;
}

/** What the story's accepted mentions say, built once per pass. */
interface Story {
	/** Mentions of each place. */
	count: Map<string, number>;
	/** Sure mentions (pass 1) of each place. */
	sure: Map<string, number>;
	/** The places of the story in each country. */
	countries: Map<string, Set<string>>;
	/** Places with a point and no box, and areas small enough to say where a place is. */
	points: IndexedPlace[];
	areas: IndexedPlace[];
	/** The points as flat arrays, for the nearby test's inner loop. */
	lon: Float64Array;
	lat: Float64Array;
	/**
	 * storyBonus's answers, for the many mentions that ask the same question: by the name's
	 * candidates (one array per name in the index), the candidate, this mention's own place, and
	 * whether it was sure. Keyed by identity: no string is built per mention.
	 */
	cache: Map<readonly Candidate[], Map<IndexedPlace, Map<IndexedPlace | null, Bonus[]>>>;
}

interface Bonus {
	score: number;
	ev: number;
}

/**
 * The story from its groups of mentions: `chosen[g]` and `sure[g]` are group g's places (or
 * null), `size[g]` how many mentions it has.
 */
function storyOf(
	chosen: readonly (IndexedPlace | null)[],
	sure: readonly (IndexedPlace | null)[],
	size: readonly number[]
): Story {
	const count = new Map<string, number>();
	const sureCount = new Map<string, number>();
	const countries = new Map<string, Set<string>>();
	const points: IndexedPlace[] = [];
	const areas: IndexedPlace[] = [];
	sure.forEach((p, g) => {
		if (p) sureCount.set(p.id, (sureCount.get(p.id) ?? 0) + size[g]);
	});
	for (let g = 0; g < chosen.length; g++) {
		const p = chosen[g];
		if (!p) continue;
		const n = count.get(p.id) ?? 0;
		count.set(p.id, n + size[g]);
		if (n) continue;
		if (p.country) {
			const there = countries.get(p.country) ?? new Set<string>();
			there.add(p.id);
			countries.set(p.country, there);
		}
		if (p.bbox) {
			if (p.bbox[2] - p.bbox[0] < WIDE_DEG) areas.push(p);
		} else if (p.point) points.push(p);
	}
	return {
		count,
		sure: sureCount,
		countries,
		points,
		areas,
		lon: Float64Array.from(points, (p) => p.point![0]),
		lat: Float64Array.from(points, (p) => p.point![1]),
		cache: new Map()
	};
}

/** The running total of `storyBonus` (kept in module scope: no allocation per candidate). */
let bonusScore = 0;
let bonusEv = 0;

/** Whether a story place `o` may vouch for a candidate of `f`: it is named by another mention,
 * and is not one of the name's own readings. */
function vouches(o: IndexedPlace, f: Found, story: Story, self: IndexedPlace | null): boolean {
	if ((story.count.get(o.id) ?? 0) - (self?.id === o.id ? 1 : 0) <= 0) return false;
	const cs = f.candidates;
	for (let k = 0; k < cs.length; k++) if (cs[k].id === o.id) return false;
	return true;
}

/**
 * What the rest of the story adds to a candidate (into bonusScore, bonusEv): the same place named
 * surely elsewhere; other places near it (not the name's other readings, and not this mention's
 * own contribution); its country named or holding other places.
 */
function storyBonus(
	p: IndexedPlace,
	f: Found,
	story: Story,
	self: IndexedPlace | null,
	selfSure: boolean
): void {
	bonusScore = 0;
	bonusEv = 0;
	if ((story.sure.get(p.id) ?? 0) - (selfSure && self?.id === p.id ? 1 : 0) > 0) {
		bonusScore += WEIGHTS.repeated;
		bonusEv |= EV.repeated;
	}
	if (p.point) {
		const lon = p.point[0];
		const lat = p.point[1];
		let inside = false;
		for (const o of story.areas) {
			const b = o.bbox!;
			if (lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3] && vouches(o, f, story, self)) {
				inside = true;
				break;
			}
		}
		let near = Infinity;
		if (!inside) {
			// Distances in degrees of latitude (equirectangular at the candidate's latitude): no
			// trigonometry in the loop; only the nearest that may vouch is turned into km.
			const cos = Math.cos(lat * RAD);
			let best = Infinity;
			let bestAt = -1;
			const { points } = story;
			for (let k = 0; k < points.length; k++) {
				const dx = (story.lon[k] - lon) * cos;
				const dy = story.lat[k] - lat;
				const d2 = dx * dx + dy * dy;
				if (d2 < best && vouches(points[k], f, story, self)) {
					best = d2;
					bestAt = k;
				}
			}
			if (bestAt !== -1) near = km(lon, lat, story.lon[bestAt], story.lat[bestAt]);
		}
		if (inside || near <= WEIGHTS.nearbyKm) {
			bonusScore += WEIGHTS.nearby;
			bonusEv |= EV.nearby;
		} else if (near <= WEIGHTS.regionKm && !(f.common && !f.rare)) bonusScore += WEIGHTS.region;
	}
	if (p.country && p.kind !== 'country') {
		const there = story.countries.get(p.country);
		const others = there ? there.size - (there.has(p.id) ? 1 : 0) : 0;
		if (others > 0) {
			// A small place gains less from its country's mention (a big country holds many), and so
			// does a name that is also a common word.
			bonusScore +=
				p.importance >= 1e5 && !(f.common && !f.rare) ? WEIGHTS.country : WEIGHTS.country / 2;
			bonusEv |= EV.country;
		}
	}
}

/** The evidence bits of the last candidate `total` scored (kept in module scope: no allocation). */
let totalEv = 0;

/** A candidate's score: its local score plus what the story adds (cached per question). */
function total(
	l: Local,
	f: Found,
	story: Story | null,
	self: IndexedPlace | null,
	selfSure: boolean
): number {
	totalEv = l.ev;
	if (!story) return l.score;
	// The answer depends on the name (its other readings, whether it is a common word), the
	// place, this mention's own contribution and whether it was sure: the same for every "سوريا"
	// of a story.
	let byPlace = story.cache.get(f.candidates);
	if (!byPlace) story.cache.set(f.candidates, (byPlace = new Map()));
	let bySelf = byPlace.get(l.p);
	if (!bySelf) byPlace.set(l.p, (bySelf = new Map()));
	let pair = bySelf.get(self);
	if (!pair) bySelf.set(self, (pair = []));
	let hit = pair[selfSure ? 1 : 0];
	if (!hit) {
		storyBonus(l.p, f, story, self, selfSure);
		hit = pair[selfSure ? 1 : 0] = { score: bonusScore, ev: bonusEv };
	}
	totalEv |= hit.ev;
	return l.score + hit.score;
}

/** Whether candidate `a` (scored `sa`) beats `b` (scored `sb`): score, then importance, then order. */
const beats = (a: Local, sa: number, b: Local, sb: number) =>
	sa > sb ||
	(sa === sb &&
		(a.p.importance > b.p.importance || (a.p.importance === b.p.importance && a.order < b.order)));

/** The best candidate's index, or -1 when none reaches `threshold`. No allocation. */
function best(
	locals: readonly Local[],
	f: Found,
	story: Story | null,
	self: IndexedPlace | null,
	selfSure: boolean,
	threshold: number
): number {
	let at = -1;
	let top = -Infinity;
	for (let i = 0; i < locals.length; i++) {
		const s = total(locals[i], f, story, self, selfSure);
		if (at === -1 || beats(locals[i], s, locals[at], top)) {
			at = i;
			top = s;
		}
	}
	return at !== -1 && top >= threshold ? at : -1;
}

function logistic(x: number): number {
	return 1 / (1 + Math.exp(-x));
}
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The confidence of candidate `i` when `b` is the best: the logistic of the best's margin over
 * the threshold, times the candidate's share against the others (a softmax of the scores).
 */
function confidenceOf(scores: readonly number[], b: number, i = b): number {
	let sum = 0;
	for (const s of scores) sum += Math.exp(s - scores[b]);
	return (
		(logistic(WEIGHTS.slope * (scores[b] - WEIGHTS.threshold)) * Math.exp(scores[i] - scores[b])) /
		sum
	);
}

/** Whether a name alone is sure: a clear winner well over the threshold, no close second. */
function sureAlone(locals: readonly Local[], b: number): boolean {
	const scores = locals.map((l) => l.score);
	if (confidenceOf(scores, b) < 0.8) return false;
	for (let j = 0; j < scores.length; j++)
		if (j !== b && confidenceOf(scores, b, j) >= 0.2) return false;
	return true;
}

/** The mention as the geoparser reports it: its place, confidence, evidence, alternatives. */
function result(
	f: Found,
	locals: readonly Local[],
	story: Story,
	self: IndexedPlace | null,
	selfSure: boolean,
	b: number
): Resolved {
	const scores: number[] = [];
	const evs: number[] = [];
	for (const l of locals) {
		scores.push(total(l, f, story, self, selfSure));
		evs.push(totalEv);
	}
	const evidence = EV_ORDER.filter((e) => evs[b] & EV[e]);
	const order = locals.map((_, i) => i).filter((i) => i !== b);
	order.sort(
		(x, y) => scores[y] - scores[x] || locals[y].p.importance - locals[x].p.importance || x - y
	);
	const second = order[0];
	if (locals.length === 1 && !evidence.length) evidence.push('unique');
	if (
		second !== undefined &&
		(scores[second] === scores[b] || locals[b].p.importance > locals[second].p.importance)
	)
		evidence.push('importance');
	return {
		place: locals[b].p.id,
		confidence: round3(confidenceOf(scores, b)),
		evidence,
		alternatives: order.map((i) => ({
			place: locals[i].p.id,
			confidence: round3(confidenceOf(scores, b, i))
		}))
	};
}

/**
 * How much text (normalised characters) makes one story: about ten pages of news prose. A news
 * article is shorter; a longer text (a corpus, a book) is read as a run of stories of this size,
 * each its own context, so that what one says never decides a name in another, and time stays
 * linear in the text.
 */
export const STORY_CHARS = 50_000;

/** The places the found names stand for, in text order (null where a name is not a place). */
export function resolve(found: readonly Found[], index: GazetteerIndex): (Resolved | null)[] {
	const out: (Resolved | null)[] = [];
	for (let from = 0; from < found.length;) {
		let to = from + 1;
		while (to < found.length && found[to].from < found[from].from + STORY_CHARS) to++;
		out.push(...resolveStory(found.slice(from, to), index));
		from = to;
	}
	return out;
}

function resolveStory(found: readonly Found[], index: GazetteerIndex): (Resolved | null)[] {
	const cache: LocalCache = new Map();
	// Mentions of one name in one setting share their local scores (the same array), and so get
	// the same answers in each pass: a story names its places many times; each name is answered
	// once, as a group of its mentions.
	const groupOf = new Map<readonly Local[], number>();
	const groups: { locals: readonly Local[]; first: Found }[] = [];
	const size: number[] = [];
	const member = new Int32Array(found.length);
	for (let i = 0; i < found.length; i++) {
		const l = cachedLocalScores(found[i], index, cache);
		let g = groupOf.get(l);
		if (g === undefined) {
			g = groups.length;
			groupOf.set(l, g);
			groups.push({ locals: l, first: found[i] });
			size.push(0);
		}
		size[g]++;
		member[i] = g;
	}
	const n = groups.length;
	// Pass 1: each name alone. The sure ones anchor the story; the plausible ones (a little under
	// the threshold) sketch it, so that a list of small neighbouring places ("تل تمر والدرباسية
	// وعين عيسى") can vouch for each other by where they lie.
	const sketch: (IndexedPlace | null)[] = new Array(n);
	const sure: (IndexedPlace | null)[] = new Array(n);
	for (let g = 0; g < n; g++) {
		const { locals: l, first } = groups[g];
		const b = best(l, first, null, null, false, WEIGHTS.threshold - WEIGHTS.plausible);
		sketch[g] = b === -1 ? null : l[b].p;
		sure[g] = b !== -1 && sureAlone(l, b) ? l[b].p : null;
	}
	// Pass 2 against the sketch, for the names not sure yet (a sure name with one reading stays
	// what it is: the story only adds to its score); pass 3 once more, for every name, against
	// what pass 2 accepted, to score and explain them all.
	const story2 = storyOf(sketch, sure, size);
	const chosen: (IndexedPlace | null)[] = new Array(n);
	for (let g = 0; g < n; g++) {
		const { locals: l, first } = groups[g];
		if (sure[g] && l.length === 1) chosen[g] = sure[g];
		else {
			const b = best(l, first, story2, sketch[g], !!sure[g], WEIGHTS.threshold);
			chosen[g] = b === -1 ? null : l[b].p;
		}
	}
	const story3 = storyOf(chosen, sure, size);
	const answer: (Resolved | null)[] = new Array(n);
	for (let g = 0; g < n; g++) {
		const { locals: l, first } = groups[g];
		const b = best(l, first, story3, chosen[g], !!sure[g], WEIGHTS.threshold);
		answer[g] = b === -1 ? null : result(first, l, story3, chosen[g], !!sure[g], b);
	}
	// Mentions of one name share their answer (read-only): the caller pairs it with its Found.
	const out: (Resolved | null)[] = new Array(found.length);
	for (let i = 0; i < found.length; i++) out[i] = answer[member[i]];
	return out;
}
