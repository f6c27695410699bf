import { dataset } from '$lib/data/load';

export function load() {
	const articles = [...dataset().articles.values()].map(({ article, annotations }) => ({
		slug: article.slug,
		title: article.blocks.find((b) => b.type === 'title')?.text ?? article.headline_en,
		headline_en: article.headline_en,
		outlet: article.outlet,
		published: article.published,
		mentions: annotations.length,
		places: new Set(annotations.map((a) => a.body.source)).size
	}));
	return { articles };
}
