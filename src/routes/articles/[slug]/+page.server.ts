import { publishedText } from '$lib/article/published-text';
import { englishHeadline } from '$lib/article/title';
import { articleView } from '$lib/article/view-model';
import { articleEntries, articleOf } from '$lib/data/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = articleEntries;

export function load({ params }) {
	const { data, found } = articleOf(params.slug);
	return {
		view: articleView(found.article, found.annotations, data.places, {
			spatial: found.layers.spatial,
			context: found.layers.context,
			events: found.events,
			translation: found.translation,
			placePages: true
		}),
		published: publishedText(found.article.published),
		headline: englishHeadline(found.article),
		// Read at build time (the page is prerendered): an optional online basemap, see the README.
		basemapUrl: process.env.PUBLIC_BASEMAP_STYLE_URL || null
	};
}
