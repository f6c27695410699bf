/**
 * The geoparser in a Web Worker: fetches /gazetteer.json once, builds the index, and for each
 * text finds its places and builds the reader's view (paste-article.ts), off the main thread.
 * Messages: geoparse-client.ts.
 */
import {
	checkText,
	MAX_MENTIONS,
	pastedArticle,
	pastedView,
	tooManyMentions
} from '../article/paste-article';
import type { Annotation } from '../data/schema';
import type { ReviewedMention } from './corrections';
import type { GazetteerTiming, WorkerRequest, WorkerResponse } from './geoparse-client';
import { geoparse } from './geoparse';
import {
	loadGazetteer,
	type GazetteerFile,
	type LoadedGazetteer,
	type PlaceChoice
} from './gazetteer-file';
import { reviewedAnnotationCollection } from './reviewed-annotations';

let gazetteer: Promise<LoadedGazetteer> | null = null;
/** How long the download took, and the index after it (ms): the page reports it to the bench. */
let timing: GazetteerTiming | null = null;

function load(url: string): Promise<LoadedGazetteer> {
	gazetteer ??= (async () => {
		const t0 = performance.now();
		const res = await fetch(url);
		if (!res.ok) throw new Error(`gazetteer: HTTP ${res.status}`);
		const text = await res.text();
		const t1 = performance.now();
		const loaded = loadGazetteer(JSON.parse(text) as GazetteerFile);
		timing = { downloadMs: Math.round(t1 - t0), readyMs: Math.round(performance.now() - t1) };
		return loaded;
	})().catch((e) => {
		gazetteer = null; // try again next time
		throw e;
	});
	return gazetteer;
}

async function answer(req: WorkerRequest): Promise<WorkerResponse> {
	const g = await load(req.gazetteerUrl);
	if (req.type === 'search') return { id: req.id, ok: true, places: g.search(req.query) };
	const problem = checkText(req.text);
	if (problem) return { id: req.id, ok: false, message: problem, error: problem.en };
	const { article, text } = pastedArticle(req.text);
	const mentions: ReviewedMention[] =
		req.mentions ??
		geoparse(text, g.index)
			// A name split over two lines is not a mention of it.
			.filter((m) => !text.slice(m.start, m.end).includes('\n'))
			.map((m) => ({
				start: m.start,
				end: m.end,
				place: m.place,
				relation: 'named',
				confidence: m.confidence,
				evidence: m.evidence,
				...(m.alternatives ? { alternatives: m.alternatives } : {})
			}));
	if (mentions.length > MAX_MENTIONS) {
		const message = tooManyMentions(mentions.length);
		return { id: req.id, ok: false, message, error: message.en };
	}
	for (const m of mentions)
		if (!g.places.has(m.place) || m.end > text.length || m.start >= m.end)
			return { id: req.id, ok: false, message: null, error: `bad mention of "${m.place}"` };
	const annotations = reviewedAnnotationCollection(text, mentions, { source: 'text', label: '' })
		.first.items as Annotation[];
	const view = pastedView(article, annotations, g.places, g.spatial);
	// The places the geoparser weighed and set aside, by name, for "did you mean".
	const candidates: Record<string, PlaceChoice> = {};
	for (const m of mentions)
		for (const id of m.alternatives ? [m.place, ...m.alternatives.map((a) => a.place)] : []) {
			const p = g.places.get(id);
			if (p) candidates[p.id] = g.choice(p);
		}
	// The places of doubtful mentions without alternatives, for their country's name.
	for (const m of mentions)
		if (m.confidence !== undefined && !candidates[m.place]) {
			const p = g.places.get(m.place);
			if (p) candidates[p.id] = g.choice(p);
		}
	return { id: req.id, ok: true, result: { text, mentions, view, candidates }, timing };
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
	let reply: WorkerResponse;
	try {
		reply = await answer(e.data);
	} catch (err) {
		reply = { id: e.data.id, ok: false, message: null, error: (err as Error).message };
	}
	self.postMessage(reply);
};
