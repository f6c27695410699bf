// The article's places as GeoJSON (prerendered to /articles/<slug>/places.geojson).
import { error } from '@sveltejs/kit';
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
	const body = JSON.stringify(placesGeoJson(found.annotations, data));
	return new Response(body, { headers: { 'content-type': 'application/geo+json' } });
}
