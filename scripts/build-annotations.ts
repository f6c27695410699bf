/**
 * Regenerates geodata/articles/<slug>/annotations.json: the geoparser's mentions of the article's
 * plain text (src/lib/geoparse), corrected by the reviewed corrections.json beside it (the places
 * the article implies, and any match the geoparser gets wrong). Re-runnable: the same inputs give
 * the same bytes.
 *   npx tsx scripts/build-annotations.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { plainText } from '../src/lib/article/plain-text';
import { applyCorrections, parseCorrections } from '../src/lib/geoparse/corrections';
import { geoparse } from '../src/lib/geoparse/geoparse';
import type { GazetteerIndex } from '../src/lib/geoparse/index-gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import { reviewedAnnotationCollection } from '../src/lib/geoparse/reviewed-annotations';
import { buildDataset } from '../src/lib/data/dataset';
import { readDataFiles, ROOT } from './lib-files';

/**
 * The matcher's index over the validated gazetteer, its variants and stop-list. Like
 * loadGazetteerIndex (scripts/geoparse.ts), but validating the places only: a new article has no
 * annotations.json yet, and a stale one must not stop its own regeneration.
 */
export function placesIndex(root = ROOT): GazetteerIndex {
	const places = Object.fromEntries(
		Object.entries(readDataFiles(root)).filter(([file]) => file.startsWith('geodata/places/'))
	);
	return gazetteerIndex(buildDataset(places).places.values(), root);
}

export function annotationsFor(
	slug: string,
	root = ROOT,
	index: GazetteerIndex = placesIndex(root)
): string {
	const dir = path.join(root, 'geodata/articles', slug);
	const article = JSON.parse(fs.readFileSync(path.join(dir, 'article.json'), 'utf8'));
	const file = path.join(dir, 'corrections.json');
	const corrections = parseCorrections(
		JSON.parse(fs.readFileSync(file, 'utf8')),
		path.relative(root, file)
	);
	const text = plainText(article.blocks);
	const mentions = applyCorrections(text, geoparse(text, index), corrections);
	for (const m of mentions)
		if (!index.places.has(m.place))
			throw new Error(
				`${path.relative(root, file)}: "${m.place}" is not a place in the gazetteer (geodata/places/)`
			);
	const collection = reviewedAnnotationCollection(text, mentions, {
		source: 'article.json',
		label: `Place mentions in "${article.headline_en}"`
	});
	return JSON.stringify(collection, null, '\t') + '\n';
}

/** The articles that have reviewed corrections, hence annotations built by this script. */
export function articleSlugs(root = ROOT): string[] {
	return fs
		.readdirSync(path.join(root, 'geodata/articles'), { withFileTypes: true })
		.filter(
			(d) =>
				d.isDirectory() &&
				fs.existsSync(path.join(root, 'geodata/articles', d.name, 'corrections.json'))
		)
		.map((d) => d.name)
		.sort();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const index = placesIndex();
	for (const slug of articleSlugs()) {
		const out = path.join(ROOT, 'geodata/articles', slug, 'annotations.json');
		const json = annotationsFor(slug, ROOT, index);
		fs.writeFileSync(out, json);
		console.log(`${path.relative(ROOT, out)}: ${JSON.parse(json).total} mentions`);
	}
}
