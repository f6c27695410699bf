// The collection's aggregate for the home page's map, filters and list (prerendered to
// /collection.json): the places, outlets, countries and one small record per article, never the
// articles themselves (src/lib/collection/aggregate.ts).
import { aggregate } from '$lib/data/load';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(aggregate()), {
		headers: { 'content-type': 'application/json' }
	});
}
