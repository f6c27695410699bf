// The gazetteer for the browser (prerendered to /gazetteer.json): the page that maps a pasted text
// geoparses it in a Web Worker with this file, so nothing is uploaded anywhere.
import { dataset } from '$lib/data/load';
import { gazetteerFile } from '$lib/geoparse/gazetteer-file';
import type { StopName, VariantsByPlace } from '$lib/geoparse/index-gazetteer';

const raw = import.meta.glob<string>(
	[
		'/geodata/places/variants.json',
		'/geodata/places/stoplist.json',
		'/geodata/places/common-words.json',
		'/geodata/places/given-names.json'
	],
	{ query: '?raw', import: 'default', eager: true }
);

export const prerender = true;

export function GET() {
	const variants: VariantsByPlace = JSON.parse(raw['/geodata/places/variants.json']);
	const { stop }: { stop: StopName[] } = JSON.parse(raw['/geodata/places/stoplist.json']);
	const { words, rare } = JSON.parse(raw['/geodata/places/common-words.json']);
	const { names } = JSON.parse(raw['/geodata/places/given-names.json']);
	const body = JSON.stringify(gazetteerFile(dataset(), variants, stop, words, rare, names));
	return new Response(body, { headers: { 'content-type': 'application/json' } });
}
