/**
 * The main thread's side of the geoparser's Web Worker (geoparse.worker.ts): one worker, created
 * on first use, and a promise per request. The worker fetches the gazetteer, finds the places and
 * builds the reader's view, so a long text never freezes the page.
 */
import type { ArticleView } from '../article/view-model';
import type { Message } from '../article/paste-article';
import type { ReviewedMention } from './corrections';
import type { PlaceChoice } from './gazetteer-file';

export type WorkerRequest =
	/** The places whose names contain the query, to link a missed name to. */
	| { id: number; type: 'search'; gazetteerUrl: string; query: string }
	/** Without mentions: geoparse the text. With them (after the reader's corrections): view only. */
	| {
			id: number;
			type: 'map';
			gazetteerUrl: string;
			text: string;
			mentions?: ReviewedMention[];
	  };

/** A request before the client numbers it and names the gazetteer. */
type Question = WorkerRequest extends infer R
	? R extends WorkerRequest
		? Omit<R, 'id' | 'gazetteerUrl'>
		: never
	: never;

export interface MapResult {
	/** The text as mapped: one paragraph per line, joined by a blank line. */
	text: string;
	mentions: ReviewedMention[];
	view: ArticleView;
	/** The places the geoparser set aside for a mention (its alternatives), by id. */
	candidates: Record<string, PlaceChoice>;
}

/** How long the worker's gazetteer took to download, and to be ready after that (ms). */
export interface GazetteerTiming {
	downloadMs: number;
	readyMs: number;
}

export type WorkerResponse =
	| { id: number; ok: true; places: PlaceChoice[] }
	| { id: number; ok: true; result: MapResult; timing: GazetteerTiming | null }
	| { id: number; ok: false; message: Message | null; error: string };

export class GeoparseError extends Error {
	constructor(
		message: string,
		/** A message for the reader (too large, too many mentions…), when there is one. */
		readonly reason: Message | null = null
	) {
		super(message);
	}
}

export class GeoparseClient {
	#worker: Worker | null = null;
	#next = 1;
	#pending = new Map<
		number,
		{ resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }
	>();

	constructor(private readonly gazetteerUrl: string) {}

	#start(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./geoparse.worker.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
			const p = this.#pending.get(e.data.id);
			this.#pending.delete(e.data.id);
			p?.resolve(e.data);
		};
		worker.onerror = (e) => {
			e.preventDefault();
			this.#fail(new GeoparseError(`the geoparser stopped: ${e.message || 'worker error'}`));
		};
		return (this.#worker = worker);
	}

	#fail(error: Error) {
		for (const p of this.#pending.values()) p.reject(error);
		this.#pending.clear();
		this.#worker?.terminate();
		this.#worker = null;
	}

	async #ask(request: Question): Promise<WorkerResponse> {
		const id = this.#next++;
		const worker = this.#start();
		const reply = new Promise<WorkerResponse>((resolve, reject) =>
			this.#pending.set(id, { resolve, reject })
		);
		worker.postMessage({ ...request, id, gazetteerUrl: this.gazetteerUrl });
		const r = await reply;
		if (!r.ok) throw new GeoparseError(r.error, r.message);
		return r;
	}

	/** The gazetteer's places whose names contain `query`, most prominent first. */
	async search(query: string): Promise<PlaceChoice[]> {
		const r = await this.#ask({ type: 'search', query });
		return 'places' in r ? r.places : [];
	}

	/** How long the gazetteer took to download and to be ready, once it is loaded. */
	timing: GazetteerTiming | null = null;

	/** Geoparse `text`, or (with `mentions`) build the view of corrected mentions. */
	async map(text: string, mentions?: ReviewedMention[]): Promise<MapResult> {
		const r = await this.#ask({ type: 'map', text, mentions });
		if (!('result' in r)) throw new GeoparseError('unexpected answer from the geoparser');
		this.timing ??= r.timing;
		return r.result;
	}

	destroy() {
		this.#fail(new GeoparseError('closed'));
	}
}
