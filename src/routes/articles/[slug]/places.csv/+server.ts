// The article's places as CSV (prerendered to /articles/<slug>/places.csv).
import { error } from '@sveltejs/kit';
import { placesCsv } from '$lib/article/places-csv';
import { placesGeoJson } from '$lib/article/places-geojson';
import { dataset } from '$lib/data/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	[...dataset().articles.keys()].map((slug) => ({ slug }));

export function GET({ params }) {
	const data = dataset();
	const found = data.articles.get(params.slug);
	if (!found) error(404, `No article "${params.slug}"`);
	return new Response(placesCsv(placesGeoJson(found.annotations, data)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
