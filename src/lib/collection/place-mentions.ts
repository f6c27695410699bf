/**
 * Every sentence of the collection that mentions each place, computed once for all the place
 * pages (/places/<id>): per place, the articles that mention it in the collection's order, each
 * with its sentences (the words before, the mention, the words after) and mention ids, and the
 * first and last dates the place was mentioned. Pure.
 */
import { blockStarts } from '../article/plain-text';
import { articleTitle } from '../article/title';
import { sentenceAround } from '../article/sentences';
import type { ArticleData, Dataset } from '../data/dataset';
import { byCollectionOrder } from './order';

export interface PlaceSentence {
	mentionId: string;
	before: string;
	exact: string;
	after: string;
	relation: 'named' | 'inferred';
}

export interface PlaceArticle {
	slug: string;
	title: string;
	outlet: { ar: string; en: string };
	published: string;
	fixture: boolean;
	sentences: PlaceSentence[];
}

export interface PlaceMentions {
	articles: PlaceArticle[];
	mentions: number;
	/** Publication date-times of the first and the last article that mention the place. */
	first: string;
	last: string;
}

/** Characters of context kept on each side of a mention. */
const CONTEXT = 200;
const clipBefore = (s: string) => (s.length > CONTEXT ? '…' + s.slice(-CONTEXT) : s);
const clipAfter = (s: string) => (s.length > CONTEXT ? s.slice(0, CONTEXT) + '…' : s);

function sentencesOf({ article, annotations }: ArticleData): Map<string, PlaceSentence[]> {
	const starts = blockStarts(article.blocks);
	const out = new Map<string, PlaceSentence[]>();
	let b = 0;
	for (const a of annotations) {
		const { start, end } = a.target.selector[0];
		while (b + 1 < starts.length && starts[b + 1] <= start) b++;
		const text = article.blocks[b].text;
		const s = start - starts[b];
		const e = Math.min(end - starts[b], text.length);
		const around = sentenceAround(text, s, e);
		const list = out.get(a.body.source) ?? [];
		list.push({
			mentionId: a.id.replace(/^#/, ''),
			before: clipBefore(text.slice(around.start, s)),
			exact: text.slice(s, e),
			after: clipAfter(text.slice(e, around.end)),
			relation: a.relation
		});
		out.set(a.body.source, list);
	}
	return out;
}

/** Place id → its mentions across the collection; only places some article mentions. */
export function placeMentions(data: Pick<Dataset, 'articles'>): Map<string, PlaceMentions> {
	const ordered = [...data.articles.values()].sort((a, b) =>
		byCollectionOrder(a.article, b.article)
	);
	const out = new Map<string, PlaceMentions>();
	for (const found of ordered) {
		const { article } = found;
		for (const [place, sentences] of sentencesOf(found)) {
			let p = out.get(place);
			if (!p) {
				p = { articles: [], mentions: 0, first: article.published, last: article.published };
				out.set(place, p);
			}
			p.articles.push({
				slug: article.slug,
				title: articleTitle(article),
				outlet: article.outlet,
				published: article.published,
				fixture: article.fixture === true,
				sentences
			});
			p.mentions += sentences.length;
			if (Date.parse(article.published) < Date.parse(p.first)) p.first = article.published;
			if (Date.parse(article.published) > Date.parse(p.last)) p.last = article.published;
		}
	}
	return out;
}
