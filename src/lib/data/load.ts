/**
 * The app's door to geodata/: Vite reads the files at build time (the pages are prerendered, so
 * none of this reaches the browser) and `buildDataset` validates them. A broken file fails
 * `npm run build` with the file, record and field in the message.
 */
import { error } from '@sveltejs/kit';
import { buildDataset, type Dataset } from './dataset';

const raw = import.meta.glob<string>(
	[
		'/geodata/places/*.geojson',
		'/geodata/places/spatial-facts.json',
		'/geodata/articles/*/article.json',
		'/geodata/articles/*/annotations.json',
		'/geodata/articles/*/events.json',
		'/geodata/articles/*/translation.en.json',
		'/geodata/articles/*/translation-annotations.en.json'
	],
	{ query: '?raw', import: 'default', eager: true }
);

let cached: Dataset | undefined;

export function dataset(): Dataset {
	if (!cached) {
		const files = Object.fromEntries(
			Object.entries(raw).map(([k, v]) => [k.replace(/^\//, ''), v])
		);
		cached = buildDataset(files);
	}
	return cached;
}

/** One entry per article, for the prerendering of every /articles/[slug]/… route. */
export const articleEntries = () => [...dataset().articles.keys()].map((slug) => ({ slug }));

/** The article of a route's slug, with the whole dataset; a 404 for an unknown slug. */
export function articleOf(slug: string) {
	const data = dataset();
	const found = data.articles.get(slug);
	if (!found) error(404, `No article "${slug}"`);
	return { data, found };
}
