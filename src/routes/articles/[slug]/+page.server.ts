import { error } from '@sveltejs/kit';
import { articleView } from '$lib/article/view-model';
import { dataset } from '$lib/data/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	[...dataset().articles.keys()].map((slug) => ({ slug }));

export function load({ params }) {
	const data = dataset();
	const found = data.articles.get(params.slug);
	if (!found) error(404, `No article "${params.slug}"`);
	return {
		view: articleView(
			found.article,
			found.annotations,
			data.places,
			data.spatial,
			found.events,
			found.translation
		),
		// Read at build time (the page is prerendered): an optional online basemap, see the README.
		basemapUrl: process.env.PUBLIC_BASEMAP_STYLE_URL || null
	};
}
