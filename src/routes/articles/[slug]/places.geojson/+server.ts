// The article's places as GeoJSON (prerendered to /articles/<slug>/places.geojson).
import { placesGeoJson } from '$lib/article/places-geojson';
import { articleEntries, articleOf } from '$lib/data/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = articleEntries;

export function GET({ params }) {
	const { data, found } = articleOf(params.slug);
	const body = JSON.stringify(
		placesGeoJson(found.annotations, { places: data.places, ...found.layers })
	);
	return new Response(body, { headers: { 'content-type': 'application/geo+json' } });
}
