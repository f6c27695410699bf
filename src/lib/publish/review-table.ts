/**
 * What `npm run add-article` prints for review: each place with its mentions, the geoparser's
 * confidence, the evidence it gives and the other places the name could stand for, and a flag on
 * what needs a human look: a mention read with confidence below 0.7, or an ambiguous one (another
 * place of the name scored 0.2 or more: Tripoli in Lebanon or in Libya, not a city and its
 * governorate at 0.1). It reads only the geoparser's Mention fields (confidence, evidence,
 * alternatives); mentions added in review carry none and are marked as reviewed.
 */
import type { ReviewedMention } from '../geoparse/corrections';
import type { Mention } from '../geoparse/geoparse';

/** Below this confidence a mention is flagged for a human look. */
export const LOW_CONFIDENCE = 0.7;
/** An alternative scored this or more makes a mention ambiguous, flagged for a human look. */
export const AMBIGUOUS_ALTERNATIVE = 0.2;

export interface ReviewMention {
	start: number;
	end: number;
	quote: string;
	relation: 'named' | 'inferred';
	/** Where it comes from: the geoparser, or the review (corrections). */
	origin: 'geoparser' | 'review';
	confidence: number | null;
	evidence: string[];
	alternatives: { place: string; confidence: number }[];
	/** Why it needs a look (empty: it does not). */
	look: ('low confidence' | 'ambiguous')[];
}

export interface ReviewRow {
	place: string;
	name: { ar: string; en: string };
	kind: string;
	mentions: ReviewMention[];
	/** The lowest confidence of its geoparsed mentions; null if all were added in review. */
	confidence: number | null;
	look: boolean;
}

interface PlaceInfo {
	properties: { name: { ar: string; en: string }; kind: string };
}

const spanKey = (m: { start: number; end: number; place: string }) =>
	`${m.start}:${m.end}:${m.place}`;

/** One row per place, in the order of its first mention. */
export function reviewRows(
	text: string,
	geoparsed: readonly Mention[],
	reviewed: readonly ReviewedMention[],
	places: ReadonlyMap<string, PlaceInfo>
): ReviewRow[] {
	const byKey = new Map(geoparsed.map((m) => [spanKey(m), m]));
	const rows = new Map<string, ReviewRow>();
	for (const r of reviewed) {
		const g = byKey.get(spanKey(r));
		const look: ReviewMention['look'] = [];
		if (g && g.confidence < LOW_CONFIDENCE) look.push('low confidence');
		if (g?.alternatives?.some((a) => a.confidence >= AMBIGUOUS_ALTERNATIVE)) look.push('ambiguous');
		const mention: ReviewMention = {
			start: r.start,
			end: r.end,
			quote: text.slice(r.start, r.end),
			relation: r.relation,
			origin: g ? 'geoparser' : 'review',
			confidence: g ? g.confidence : null,
			evidence: g ? [...g.evidence] : [],
			alternatives: g?.alternatives ? [...g.alternatives] : [],
			look
		};
		let row = rows.get(r.place);
		if (!row) {
			const p = places.get(r.place)?.properties;
			row = {
				place: r.place,
				name: p?.name ?? { ar: r.place, en: r.place },
				kind: p?.kind ?? '?',
				mentions: [],
				confidence: null,
				look: false
			};
			rows.set(r.place, row);
		}
		row.mentions.push(mention);
		if (mention.confidence !== null)
			row.confidence = Math.min(row.confidence ?? 1, mention.confidence);
		row.look ||= look.length > 0;
	}
	return [...rows.values()];
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const fixed = (x: number) => x.toFixed(2);

/** The sentence-sized context of a span, on one line. */
function around(text: string, start: number, end: number, width = 40): string {
	const before = text.slice(Math.max(0, start - width), start).replace(/\s+/g, ' ');
	const after = text.slice(end, end + width).replace(/\s+/g, ' ');
	return `«…${before}[${text.slice(start, end)}]${after}…»`;
}

export interface ReviewReport {
	rows: ReviewRow[];
	removed: { quote: string; start: number; place: string }[];
	dates: { quote: string; value: string }[];
}

/** The review as text: a table of places, the mentions to look at, removals and dates. */
export function formatReview(text: string, { rows, removed, dates }: ReviewReport): string {
	const mentions = rows.reduce((n, r) => n + r.mentions.length, 0);
	const flagged = rows.flatMap((r) =>
		r.mentions.filter((m) => m.look.length).map((m) => ({ r, m }))
	);
	const alternatives = (alts: ReviewMention['alternatives']) =>
		alts.map((a) => `${a.place} (${fixed(a.confidence)})`).join(', ');
	const table = rows.map((r) => {
		const evidence = [...new Set(r.mentions.flatMap((m) => m.evidence))].join(', ');
		const alts = new Map<string, number>();
		for (const m of r.mentions)
			for (const a of m.alternatives)
				alts.set(a.place, Math.max(alts.get(a.place) ?? 0, a.confidence));
		const inferred = r.mentions.some((m) => m.relation === 'inferred');
		const reviewed = r.mentions.some((m) => m.origin === 'review');
		return [
			r.look ? '!' : ' ',
			pad(r.place, 28),
			pad(r.kind, 10),
			pad(String(r.mentions.length), 8),
			pad(r.confidence === null ? 'reviewed' : fixed(r.confidence), 10),
			pad(evidence || (inferred ? 'inferred' : reviewed ? 'linked in review' : ''), 36),
			pad(alternatives([...alts].map(([place, confidence]) => ({ place, confidence }))), 44),
			`${r.name.ar} · ${r.name.en}`
		].join(' ');
	});
	const lines = [
		`${rows.length} places, ${mentions} mentions; ${flagged.length} need a human look (marked !: confidence below ${LOW_CONFIDENCE}, or another place of the name scored ${AMBIGUOUS_ALTERNATIVE} or more).`,
		'',
		[
			' ',
			pad('place', 28),
			pad('kind', 10),
			pad('mentions', 8),
			pad('confidence', 10),
			pad('evidence', 36),
			pad('alternatives', 44),
			'name'
		].join(' '),
		...table
	];
	if (flagged.length) {
		lines.push('', 'Needs a human look:');
		for (const { r, m } of flagged)
			lines.push(
				`  ! ${r.place} at ${m.start}–${m.end} ${around(text, m.start, m.end)}: ${m.look.join(', ')}; confidence ${fixed(m.confidence ?? 1)}${m.evidence.length ? ` (${m.evidence.join(', ')})` : ''}${m.alternatives.length ? `; could be ${alternatives(m.alternatives)}` : ''}`
			);
	}
	if (removed.length) {
		lines.push('', 'Removed in review:');
		for (const r of removed) lines.push(`  «${r.quote}» at ${r.start} (was ${r.place})`);
	}
	lines.push(
		'',
		dates.length
			? `Dates resolved against the publication date (${dates.length}): ${dates.map((d) => `«${d.quote}» → ${d.value}`).join('; ')}`
			: 'Dates: the resolver found none, so the timeline is empty.'
	);
	return lines.join('\n');
}
