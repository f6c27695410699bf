import { publishedText } from '$lib/article/published-text';
import { articleView } from '$lib/article/view-model';
import { articleEntries, articleOf } from '$lib/data/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = articleEntries;

export function load({ params }) {
	const { data, found } = articleOf(params.slug);
	return {
		view: articleView(
			found.article,
			found.annotations,
			data.places,
			data.spatial,
			found.events,
			found.translation
		),
		published: publishedText(found.article.published),
		// Read at build time (the page is prerendered): an optional online basemap, see the README.
		basemapUrl: process.env.PUBLIC_BASEMAP_STYLE_URL || null
	};
}
