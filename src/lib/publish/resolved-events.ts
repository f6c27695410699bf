/**
 * The events of a new article, from the date resolver alone (no review yet): one event per date
 * expression the resolver finds in the text, resting on its sentence, with the place mentions of
 * that sentence. They carry no actor or summary (the timeline quotes the sentence instead) and no
 * sources: the date is the article's own words, resolved against its publication date. Reviewing
 * them (events-reviewed.json + scripts/build-events.ts, as for the seed) replaces this file.
 *
 * @example resolvedEvents(article, annotations).events[0].id // 'e-2022-12-01-at-37'
 */
import type { Annotation, Article } from '../data/schema';
import { plainText } from '../article/plain-text';
import { sentenceInBlocks } from '../article/sentences';
import type { ArticleEvent, EventsFile } from '../time/events-schema';
import { resolveDates } from '../time/resolve-dates';

export function resolvedEvents(
	article: Pick<Article, 'slug' | 'published' | 'blocks'>,
	annotations: readonly Pick<Annotation, 'id' | 'body' | 'target'>[]
): EventsFile {
	const text = plainText(article.blocks);
	const events: ArticleEvent[] = resolveDates(text, article.published).map((d) => {
		const sentence = sentenceInBlocks(article.blocks, d);
		const mentions = annotations
			.filter((a) => {
				const p = a.target.selector[0];
				return p.start >= sentence.start && p.end <= sentence.end;
			})
			.map((a) => ({
				id: a.id,
				place: a.body.source,
				start: a.target.selector[0].start,
				end: a.target.selector[0].end
			}));
		return {
			id: `e-${d.value.slice(0, 10)}-at-${d.start}`,
			kind: 'article',
			date: d.value,
			expression: { quote: d.quote, start: d.start, end: d.end },
			sentence,
			places: [...new Set(mentions.map((m) => m.place))],
			mentions,
			sources: []
		};
	});
	events.sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
	);
	return { slug: article.slug, published: article.published, events };
}
