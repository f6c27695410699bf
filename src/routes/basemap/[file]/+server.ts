// The basemap layers of geodata/basemap, served as static files of the site (prerendered), so the
// map needs nothing from another host.
import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';

const layers = import.meta.glob<string>('/geodata/basemap/*.geojson', {
	query: '?raw',
	import: 'default',
	eager: true
});
const byName = new Map(
	Object.entries(layers).map(([path, text]) => [path.split('/').pop()!, text])
);

export const prerender = true;
export const entries: EntryGenerator = () => [...byName.keys()].map((file) => ({ file }));

export function GET({ params }) {
	const text = byName.get(params.file);
	if (text === undefined) error(404, `No basemap layer ${params.file}`);
	return new Response(text, { headers: { 'content-type': 'application/geo+json' } });
}
