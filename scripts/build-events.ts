/**
 * Regenerates geodata/articles/<slug>/events.json: runs the date resolver on the article's plain
 * text and merges the reviewed events (events-reviewed.json) with what it found. Fails, naming the
 * event, if a reviewed expression or anchor is not found once, a mention falls outside its
 * sentence, a place is not in the gazetteer, or the resolver finds an expression that no event
 * uses and the review does not set aside. Re-runnable: the same inputs give the same bytes.
 *   npx tsx scripts/build-events.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { plainText } from '../src/lib/article/plain-text';
import { sentenceInBlocks } from '../src/lib/article/sentences';
import type { Annotation } from '../src/lib/data/schema';
import { resolvedEvents } from '../src/lib/publish/resolved-events';
import {
	EventsFileSchema,
	type ArticleEvent,
	type EventsFile
} from '../src/lib/time/events-schema';
import { resolveDates } from '../src/lib/time/resolve-dates';
import { ROOT } from './lib-files';

interface Bilingual {
	ar: string;
	en: string;
}

interface ReviewedArticleEvent {
	id: string;
	/** The quote of a resolved date expression in the text; its value is the event's date. */
	expression?: string;
	/** Where the text gives no date: a phrase that locates the sentence, and the date from sources. */
	anchor?: string;
	date?: string;
	mentions: string[];
	places: string[];
	actor: Bilingual;
	summary: Bilingual;
	sources: string[];
}

interface ReviewedContextEvent {
	id: string;
	date: string;
	places: string[];
	actor: Bilingual;
	summary: Bilingual;
	sources: string[];
}

interface Reviewed {
	article: ReviewedArticleEvent[];
	context: ReviewedContextEvent[];
	unused_expressions: { quote: string; reason: string }[];
}

interface PlaceAnnotation {
	id: string;
	body: { source: string };
	target: { selector: [{ start: number; end: number }, unknown] };
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

function gazetteerIds(root: string): Set<string> {
	const ids = new Set<string>();
	for (const file of ['places.geojson', 'derived.geojson']) {
		const fc = readJson(path.join(root, 'geodata/places', file));
		for (const f of fc.features) ids.add(String(f.id ?? f.properties.id));
	}
	return ids;
}

function indexOnce(text: string, needle: string, what: string): number {
	const at = text.indexOf(needle);
	if (at === -1 || text.indexOf(needle, at + 1) !== -1) {
		throw new Error(`${what}: "${needle}" must occur exactly once in the text`);
	}
	return at;
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * events.json of an article: its reviewed events (events-reviewed.json) merged with what the
 * resolver finds, or, for an article not yet reviewed, the resolver's dates alone
 * (resolved-events.ts, what scripts/add-article.ts writes).
 */
export function eventsFor(slug: string, root = ROOT, collection = 'geodata/articles'): string {
	const dir = path.join(root, collection, slug);
	const article = readJson(path.join(dir, 'article.json'));
	const annotations: PlaceAnnotation[] = readJson(path.join(dir, 'annotations.json')).first.items;
	if (!fs.existsSync(path.join(dir, 'events-reviewed.json')))
		return eventsJson(resolvedEvents(article, annotations as Annotation[]));
	const reviewed: Reviewed = readJson(path.join(dir, 'events-reviewed.json'));
	const text = plainText(article.blocks);
	const dates = resolveDates(text, article.published);
	const known = gazetteerIds(root);
	const where = `${slug}/events-reviewed.json`;

	const checkPlaces = (id: string, places: string[]) => {
		for (const p of places)
			if (!known.has(p)) throw new Error(`${where} ${id}: unknown place "${p}"`);
	};

	const used = new Set<string>();
	const articleEvents: ArticleEvent[] = reviewed.article.map((e) => {
		let date: string;
		let expression: ArticleEvent['expression'] = null;
		let span: { start: number; end: number };
		if (e.expression !== undefined) {
			const found = dates.filter((d) => d.quote === e.expression);
			if (found.length !== 1) {
				throw new Error(
					`${where} ${e.id}: the resolver found "${e.expression}" ${found.length} times, expected once`
				);
			}
			const [d] = found;
			used.add(d.quote);
			date = d.value;
			expression = { quote: d.quote, start: d.start, end: d.end };
			span = d;
		} else if (e.anchor !== undefined && e.date !== undefined && e.sources.length > 0) {
			const at = indexOnce(text, e.anchor, `${where} ${e.id}`);
			date = e.date;
			span = { start: at, end: at + e.anchor.length };
		} else {
			throw new Error(
				`${where} ${e.id}: give an expression, or an anchor with a date and its sources`
			);
		}
		const sentence = sentenceInBlocks(article.blocks, span);
		const mentions = e.mentions.map((id) => {
			const a = annotations.find((x) => x.id === id);
			if (!a) throw new Error(`${where} ${e.id}: no place annotation ${id}`);
			const { start, end } = a.target.selector[0];
			if (start < sentence.start || end > sentence.end) {
				throw new Error(`${where} ${e.id}: ${id} is not in the event's sentence`);
			}
			return { id, place: a.body.source, start, end };
		});
		const places = unique([...mentions.map((m) => m.place), ...e.places]);
		checkPlaces(e.id, places);
		return {
			id: e.id,
			kind: 'article',
			date,
			expression,
			sentence,
			actor: e.actor,
			summary: e.summary,
			places,
			mentions,
			sources: e.sources
		};
	});

	const setAside = new Set(reviewed.unused_expressions.map((u) => u.quote));
	for (const d of dates) {
		if (!used.has(d.quote) && !setAside.has(d.quote)) {
			throw new Error(
				`${where}: the resolver found "${d.quote}" (${d.value}) at ${d.start}; use it in an event or list it in unused_expressions`
			);
		}
	}

	const contextEvents: ArticleEvent[] = reviewed.context.map((e) => {
		checkPlaces(e.id, e.places);
		return {
			id: e.id,
			kind: 'context',
			date: e.date,
			expression: null,
			sentence: null,
			actor: e.actor,
			summary: e.summary,
			places: e.places,
			mentions: [],
			sources: e.sources
		};
	});

	const events = [...articleEvents, ...contextEvents].sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
	);
	return eventsJson({ slug, published: article.published, events });
}

/** The file's text, once the schema accepts it (the error names the field). */
export function eventsJson(file: EventsFile): string {
	const result = v.safeParse(EventsFileSchema, file);
	if (!result.success) {
		const issue = result.issues[0];
		throw new Error(
			`${file.slug}/events.json: ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`
		);
	}
	return JSON.stringify(file, null, '\t') + '\n';
}

/** Articles with events: reviewed ones, and those whose events.json the resolver alone wrote. */
export function eventSlugs(root = ROOT, collection = 'geodata/articles'): string[] {
	const has = (slug: string, file: string) =>
		fs.existsSync(path.join(root, collection, slug, file));
	return fs
		.readdirSync(path.join(root, collection), { withFileTypes: true })
		.filter(
			(d) => d.isDirectory() && (has(d.name, 'events-reviewed.json') || has(d.name, 'events.json'))
		)
		.map((d) => d.name)
		.sort();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const slug of eventSlugs()) {
		const out = path.join(ROOT, 'geodata/articles', slug, 'events.json');
		const json = eventsFor(slug);
		fs.writeFileSync(out, json);
		console.log(`${path.relative(ROOT, out)}: ${JSON.parse(json).events.length} events`);
	}
}
