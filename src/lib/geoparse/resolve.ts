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
import type { Candidate, GazetteerIndex, IndexedPlace } from './index-gazetteer';
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
	/** The kinds a type word right before the name calls for (مدينة → city, town…), if any. */
	trigger: ReadonlySet<string> | null;
	/** A locative preposition or a prepositional clitic (ب، ل) stands before the name. */
	locative: boolean;
	/** The name opens a dateline: at a line's or the text's start, a dash after it. */
	dateline: boolean;
	/** How many cue words for each kind lie near the name. */
	cues: ReadonlyMap<string, number>;
}

export interface Resolved {
	found: Found;
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
		honorific: -0.3
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
	locative: 0.45,
	nearby: 1.0,
	nearbyKm: 300,
	region: 0.4,
	regionKm: 1500,
	country: 0.6,
	repeated: 0.8,
	cue: 0.6,
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

function km(
	[lon1, lat1]: readonly [number, number],
	[lon2, lat2]: readonly [number, number]
): number {
	const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
	return Math.hypot(x, lat2 - lat1) * 111.2;
}

const inBox = ([lon, lat]: readonly [number, number], b: readonly number[]) =>
	lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/** Areas wider than this (continents, big countries) say little about where a point is: being in
 * one is not being near the story's other places. */
const WIDE_DEG = 10;

interface Story {
	/** Places accepted so far, by id, with how many mentions name them. */
	places: Map<string, { p: IndexedPlace; n: number }>;
	/** Places named where nothing else was needed to be sure (pass 1), with how many mentions. */
	sure: Map<string, number>;
	/** Countries the story names, or where its places lie, with the places there. */
	countries: Map<string, Set<string>>;
}

/** The story as the mention at hand sees it: without what that mention itself contributed. */
interface View {
	story: Story;
	self: IndexedPlace | null;
	/** Whether the mention at hand was itself among the sure ones. */
	selfSure: boolean;
}

const others = (v: View, id: string) =>
	(v.story.places.get(id)?.n ?? 0) - (v.self?.id === id ? 1 : 0);
/** Sure mentions of a place other than the one at hand (which may itself have been sure). */
const othersSure = (v: View, id: string, selfSure: boolean) =>
	(v.story.sure.get(id) ?? 0) - (selfSure && v.self?.id === id ? 1 : 0);
/** Other places of the story in a country: not the candidate itself, nor another mention of it. */
const otherCountry = (v: View, cc: string, id: string) =>
	[...(v.story.countries.get(cc) ?? [])].filter((o) => o !== id).length;

/** The gloss common-words.json gives a particle, a pronoun or a preposition. */
export const FUNCTION_WORD = 'function word';

const AREAS = new Set(['admin1', 'district', 'subdistrict']);

function prior(c: Candidate, p: IndexedPlace, common: string | undefined): number {
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
			: WEIGHTS.common[s] + (c.tier === 2 ? WEIGHTS.generatedCommon : 0);
	return base + spelling - word + (AREAS.has(p.kind) ? WEIGHTS.areaNamedLikeTown : 0);
}

function scoreCandidate(
	f: Found,
	c: Candidate,
	p: IndexedPlace,
	view: View | null
): { score: number; evidence: Evidence[] } {
	let score = prior(c, p, f.common);
	const evidence: Evidence[] = [];
	if (f.trigger) {
		if (f.trigger.has(p.kind)) {
			score += WEIGHTS.trigger - (AREAS.has(p.kind) ? WEIGHTS.areaNamedLikeTown : 0);
			evidence.push('trigger');
		}
	}
	if (f.dateline) {
		score += WEIGHTS.dateline;
		evidence.push('dateline');
	}
	// "في المدينة" is "in the city" far more often than "in Medina": before a name that is also a
	// common word, a preposition tells nothing.
	if (f.locative && !f.common) {
		score += WEIGHTS.locative;
		evidence.push('preposition');
	}
	const cues = f.cues.get(p.kind) ?? 0;
	if (cues) {
		score += WEIGHTS.cue * Math.min(cues, 2);
		evidence.push('cue');
	}
	if (view) {
		// Only a sure mention elsewhere counts: mentions of one doubtful name (المدينة, المدينة…)
		// must not vouch for each other.
		if (othersSure(view, p.id, view.selfSure) > 0) {
			score += WEIGHTS.repeated;
			evidence.push('repeated');
		}
		if (p.point) {
			let near = Infinity;
			let inside = false;
			// Not the name's other readings: the camp named elsewhere says the town is the camp's
			// neighbour, which cannot tell the two apart.
			for (const { p: o } of view.story.places.values()) {
				if (f.candidates.some((c) => c.id === o.id) || others(view, o.id) <= 0) continue;
				if (o.bbox && o.bbox[2] - o.bbox[0] < WIDE_DEG && inBox(p.point, o.bbox)) inside = true;
				else if (o.point && !o.bbox) near = Math.min(near, km(p.point, o.point));
			}
			if (inside || near <= WEIGHTS.nearbyKm) {
				score += WEIGHTS.nearby;
				evidence.push('nearby');
			} else if (near <= WEIGHTS.regionKm && !f.common) score += WEIGHTS.region;
		}
		if (p.country && otherCountry(view, p.country, p.id) > 0 && p.kind !== 'country') {
			// A small place gains less from its country's mention (a big country holds many), and so
			// does a name that is also a common word.
			score += p.importance >= 1e5 && !f.common ? WEIGHTS.country : WEIGHTS.country / 2;
			evidence.push('country');
		}
	}
	return { score, evidence };
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

function decide(
	f: Found,
	index: GazetteerIndex,
	view: View | null,
	threshold = WEIGHTS.threshold
): Resolved | null {
	const scored = f.candidates
		.map((c, order) => {
			const p = index.places.get(c.id);
			return p ? { p, order, ...scoreCandidate(f, c, p, view) } : null;
		})
		.filter((x): x is NonNullable<typeof x> => !!x)
		// Best score first; then the more important place; then the index's order.
		.sort((a, b) => b.score - a.score || b.p.importance - a.p.importance || a.order - b.order);
	const best = scored[0];
	if (!best || best.score < threshold) return null;
	const place = logistic(WEIGHTS.slope * (best.score - WEIGHTS.threshold));
	const weights = scored.map((s) => Math.exp(s.score - best.score));
	const total = weights.reduce((a, b) => a + b, 0);
	const evidence = [...best.evidence];
	if (scored.length === 1 && !evidence.length) evidence.push('unique');
	if (
		scored.length > 1 &&
		(scored[1].score === best.score || best.p.importance > scored[1].p.importance)
	)
		evidence.push('importance');
	const round = (x: number) => Math.round(x * 1000) / 1000;
	return {
		found: f,
		place: best.p.id,
		confidence: round(place * (weights[0] / total)),
		evidence,
		alternatives: scored.slice(1).map((s, i) => ({
			place: s.p.id,
			confidence: round(place * (weights[i + 1] / total))
		}))
	};
}

function storyOf(
	resolved: readonly (Resolved | null)[],
	index: GazetteerIndex,
	anchors: readonly (Resolved | null)[]
): Story {
	const places: Story['places'] = new Map();
	const countries: Story['countries'] = new Map();
	const sure: Story['sure'] = new Map();
	for (const a of anchors) if (a) sure.set(a.place, (sure.get(a.place) ?? 0) + 1);
	for (const r of resolved) {
		if (!r) continue;
		const p = index.places.get(r.place)!;
		const seen = places.get(p.id);
		places.set(p.id, { p, n: (seen?.n ?? 0) + 1 });
		if (p.country) countries.set(p.country, new Set([...(countries.get(p.country) ?? []), p.id]));
	}
	return { places, countries, sure };
}

function againstStory(
	found: readonly Found[],
	index: GazetteerIndex,
	earlier: readonly (Resolved | null)[],
	anchors: readonly (Resolved | null)[]
): (Resolved | null)[] {
	const story = storyOf(earlier, index, anchors);
	return found.map((f, i) => {
		const own = earlier[i];
		return decide(f, index, {
			story,
			self: own ? index.places.get(own.place)! : null,
			selfSure: !!anchors[i]
		});
	});
}

/** The places the found names stand for, in text order (null where a name is not a place). */
export function resolve(found: readonly Found[], index: GazetteerIndex): (Resolved | null)[] {
	// Pass 1: each name alone. The sure ones anchor the story; the plausible ones (a little under
	// the threshold) sketch it, so that a list of small neighbouring places ("تل تمر والدرباسية
	// وعين عيسى") can vouch for each other by where they lie.
	const alone = found.map((f) => decide(f, index, null, WEIGHTS.threshold - WEIGHTS.plausible));
	const anchors = alone.map((r) =>
		r && r.confidence >= 0.8 && r.alternatives.every((a) => a.confidence < 0.2) ? r : null
	);
	// Pass 2 against the sketch; pass 3 once more against what pass 2 accepted.
	const second = againstStory(found, index, alone, anchors);
	return againstStory(found, index, second, anchors);
}
