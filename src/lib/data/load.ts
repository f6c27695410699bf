/**
 * The app's door to the data: at build time (every page is prerendered, so none of this reaches
 * the browser) the files of geodata/ and of the collection folders (KHAREETA_ARTICLES, see
 * collection-files.ts) are read from disk and `buildDataset` validates them. A broken file fails
 * `npm run build` with the file, record and field in the message.
 */
import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import fs from 'node:fs';
import path from 'node:path';
import { collectionDirs, readCollection } from './collection-files';
import { buildDataset, type Dataset } from './dataset';
import { collectionAggregate, type CollectionAggregate } from '../collection/aggregate';
import { placeMentions, type PlaceMentions } from '../collection/place-mentions';

let cached: { dataset: Dataset; stamp: string } | undefined;

/** In development, a change to any data file is picked up on the next request. */
function stamp(dirs: string[]): string {
	if (!dev) return '';
	let newest = 0;
	const walk = (dir: string, depth: number) => {
		if (!fs.existsSync(dir)) return;
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const p = path.join(dir, e.name);
			newest = Math.max(newest, fs.statSync(p).mtimeMs);
			if (e.isDirectory() && depth > 0) walk(p, depth - 1);
		}
	};
	for (const dir of ['geodata/places', 'geodata/layers', ...dirs]) walk(dir, 1);
	return String(newest);
}

export function dataset(): Dataset {
	const dirs = collectionDirs();
	const now = stamp(dirs);
	if (!cached || cached.stamp !== now)
		cached = { dataset: buildDataset(readCollection(dirs)), stamp: now };
	return cached.dataset;
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

const aggregates = new WeakMap<Dataset, CollectionAggregate>();
const mentions = new WeakMap<Dataset, Map<string, PlaceMentions>>();

/** The home page's aggregate of the collection (/collection.json), computed once per dataset. */
export function aggregate(): CollectionAggregate {
	const data = dataset();
	let a = aggregates.get(data);
	if (!a) aggregates.set(data, (a = collectionAggregate(data)));
	return a;
}

/** Every place the collection mentions, with its sentences: one entry per /places/<id> page. */
export function placeMentionsIndex(): Map<string, PlaceMentions> {
	const data = dataset();
	let p = mentions.get(data);
	if (!p) mentions.set(data, (p = placeMentions(data)));
	return p;
}
