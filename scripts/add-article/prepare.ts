/**
 * An article's folder, in memory: from what was read (read-input.ts) and the command line's
 * options to the files of geodata/articles/<slug>/ as the seed article has them (article.json,
 * corrections.json, annotations.json, events.json), and the review of its places. Deterministic:
 * the same input and gazetteer give the same bytes.
 */
import path from 'node:path';
import { plainText } from '../../src/lib/article/plain-text';
import type { Place } from '../../src/lib/data/dataset';
import type { Article } from '../../src/lib/data/schema';
import type { GazetteerIndex } from '../../src/lib/geoparse/index-gazetteer';
import { articleBlocks } from '../../src/lib/publish/article-blocks';
import { resolvedEvents } from '../../src/lib/publish/resolved-events';
import { shiftCorrections } from '../../src/lib/publish/review-corrections';
import { reviewRows, type ReviewReport } from '../../src/lib/publish/review-table';
import { slugFor } from '../../src/lib/publish/slug';
import { resolveDates } from '../../src/lib/time/resolve-dates';
import { articleAnnotations } from '../build-annotations';
import { eventsJson } from '../build-events';
import type { InputKind, ReadInput } from './read-input';

export interface ArticleOptions {
	published: string;
	outlet: { ar: string; en: string };
	title?: string;
	url?: string;
	slug?: string;
	licence?: string;
	fixture: boolean;
}

export interface Prepared {
	slug: string;
	/** File name → content, for the article's folder. */
	files: Record<string, string>;
	text: string;
	review: ReviewReport;
}

const NOTE: Record<InputKind, string> = {
	text: 'Imported by npm run add-article from plain text: paragraphs as the blank lines separate them, the first line as the title unless one was given.',
	html: "Imported by npm run add-article from an HTML page: the article body Mozilla Readability extracted (parsed with linkedom), without the page's chrome, whitespace collapsed.",
	bundle:
		"Imported by npm run add-article from a bundle of Khareeta's paste page (/map-your-article): the text, its metadata and the reviewer's corrections."
};

const json = (x: unknown) => JSON.stringify(x, null, '\t') + '\n';

export function prepareArticle(
	input: ReadInput,
	fileName: string,
	options: ArticleOptions,
	index: GazetteerIndex,
	places: ReadonlyMap<string, Place>
): Prepared {
	const { blocks, shift } = articleBlocks(input.imported);
	const text = plainText(blocks);
	const slug =
		options.slug ??
		slugFor({ title: input.imported.title, url: options.url, published: options.published, text });
	const article: Article = {
		slug,
		...(options.fixture ? { fixture: true as const } : {}),
		language: 'ar',
		outlet: options.outlet,
		published: options.published,
		...(options.licence ? { licence: options.licence } : {}),
		source: {
			file: path.basename(fileName),
			note: NOTE[input.kind],
			...(options.url ? { url: options.url } : {})
		},
		blocks
	};
	const corrections = {
		about:
			'Reviewed corrections to the geoparser for this article (scripts/build-annotations.ts): "add" links what it missed, "remove" drops a wrong match, each with its reason.',
		...shiftCorrections(plainText(input.imported.blocks), text, shift, input.corrections)
	};
	const annotated = articleAnnotations(article, corrections, index, `${slug}/corrections.json`);
	const annotations = JSON.parse(annotated.json).first.items;
	const events = resolvedEvents(article, annotations);
	const reviewed = new Set(annotated.reviewed.map((m) => `${m.start}:${m.end}`));
	return {
		slug,
		text,
		files: {
			'article.json': json(article),
			'corrections.json': json(corrections),
			'annotations.json': annotated.json,
			'events.json': eventsJson(events)
		},
		review: {
			rows: reviewRows(text, annotated.geoparsed, annotated.reviewed, places),
			removed: annotated.geoparsed
				.filter((m) => !reviewed.has(`${m.start}:${m.end}`))
				.map((m) => ({ quote: text.slice(m.start, m.end), start: m.start, place: m.place })),
			dates: resolveDates(text, options.published).map((d) => ({ quote: d.quote, value: d.value }))
		}
	};
}
