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
import type { WorkerRequest, WorkerResponse } from './geoparse-client';
import { geoparse } from './geoparse';
import { loadGazetteer, type GazetteerFile, type LoadedGazetteer } from './gazetteer-file';
import { reviewedAnnotationCollection } from './reviewed-annotations';

let gazetteer: Promise<LoadedGazetteer> | null = null;

function load(url: string): Promise<LoadedGazetteer> {
	gazetteer ??= fetch(url)
		.then((res) => {
			if (!res.ok) throw new Error(`gazetteer: HTTP ${res.status}`);
			return res.json() as Promise<GazetteerFile>;
		})
		.then(loadGazetteer)
		.catch((e) => {
			gazetteer = null; // try again next time
			throw e;
		});
	return gazetteer;
}

async function answer(req: WorkerRequest): Promise<WorkerResponse> {
	const g = await load(req.gazetteerUrl);
	if (req.type === 'places') return { id: req.id, ok: true, places: g.choices };
	const problem = checkText(req.text);
	if (problem) return { id: req.id, ok: false, message: problem, error: problem.en };
	const { article, text } = pastedArticle(req.text);
	const mentions: ReviewedMention[] =
		req.mentions ??
		geoparse(text, g.index)
			// A name split over two lines is not a mention of it.
			.filter((m) => !text.slice(m.start, m.end).includes('\n'))
			.map((m) => ({ start: m.start, end: m.end, place: m.place, relation: 'named' }));
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
	return { id: req.id, ok: true, result: { text, mentions, view } };
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
