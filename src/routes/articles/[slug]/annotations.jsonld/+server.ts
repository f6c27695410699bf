// The article's place mentions as W3C Web Annotations in JSON-LD (prerendered to
// /articles/<slug>/annotations.jsonld): the committed annotations.json, validated.
import { englishHeadline } from '$lib/article/title';
import { articleEntries, articleOf } from '$lib/data/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = articleEntries;

export function GET({ params }) {
	const { found } = articleOf(params.slug);
	const collection = {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: `annotations.jsonld`,
		type: 'AnnotationCollection',
		label: `Place mentions in "${englishHeadline(found.article)}"`,
		total: found.annotations.length,
		first: { type: 'AnnotationPage', items: found.annotations }
	};
	return new Response(JSON.stringify(collection, null, 1), {
		headers: { 'content-type': 'application/ld+json' }
	});
}
