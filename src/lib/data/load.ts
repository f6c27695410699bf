/**
 * The app's door to geodata/: Vite reads the files at build time (the pages are prerendered, so
 * none of this reaches the browser) and `buildDataset` validates them. A broken file fails
 * `npm run build` with the file, record and field in the message.
 */
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
