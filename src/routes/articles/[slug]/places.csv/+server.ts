// The article's places as CSV (prerendered to /articles/<slug>/places.csv).
import { placesCsv } from '$lib/article/places-csv';
import { placesGeoJson } from '$lib/article/places-geojson';
import { articleEntries, articleOf } from '$lib/data/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = articleEntries;

export function GET({ params }) {
	const { data, found } = articleOf(params.slug);
	return new Response(
		placesCsv(placesGeoJson(found.annotations, { places: data.places, ...found.layers })),
		{
			headers: { 'content-type': 'text/csv; charset=utf-8' }
		}
	);
}
