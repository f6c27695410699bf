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
import { englishHeadline } from '../src/lib/article/title';
import type { Article } from '../src/lib/data/schema';
import {
	applyCorrections,
	parseCorrections,
	type Corrections,
	type ReviewedMention
} from '../src/lib/geoparse/corrections';
import { geoparse, type Mention } from '../src/lib/geoparse/geoparse';
import type { GazetteerIndex } from '../src/lib/geoparse/index-gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import { reviewedAnnotationCollection } from '../src/lib/geoparse/reviewed-annotations';
import { buildDataset, type Place } from '../src/lib/data/dataset';
import { readDataFiles, ROOT } from './lib-files';

/**
 * The matcher's index over the validated gazetteer, its variants and stop-list. Like
 * loadGazetteerIndex (scripts/geoparse.ts), but validating the places only: a new article has no
 * annotations.json yet, and a stale one must not stop its own regeneration.
 */
export function placesIndex(root = ROOT): GazetteerIndex {
	return gazetteer(root).index;
}

/** The validated places and the matcher's index over them. */
export function gazetteer(root = ROOT): {
	places: ReadonlyMap<string, Place>;
	index: GazetteerIndex;
} {
	const files = Object.fromEntries(
		Object.entries(readDataFiles(root)).filter(([file]) => file.startsWith('geodata/places/'))
	);
	const places = buildDataset(files).places;
	return { places, index: gazetteerIndex(places.values(), root) };
}

/**
 * The annotations.json of an article (its text and its reviewed corrections), and the geoparser's
 * own mentions it started from (for the review table of scripts/add-article.ts).
 *
 * @throws CorrectionError when a correction no longer fits the text; Error for an unknown place.
 */
export function articleAnnotations(
	article: Pick<Article, 'blocks' | 'headline_en'>,
	corrections: Corrections,
	index: GazetteerIndex,
	correctionsFile = 'corrections.json'
): { json: string; geoparsed: Mention[]; reviewed: ReviewedMention[] } {
	const text = plainText(article.blocks);
	const geoparsed = geoparse(text, index);
	const reviewed = applyCorrections(text, geoparsed, corrections);
	for (const m of reviewed)
		if (!index.places.has(m.place))
			throw new Error(
				`${correctionsFile}: "${m.place}" is not a place in the gazetteer (geodata/places/)`
			);
	const collection = reviewedAnnotationCollection(text, reviewed, {
		source: 'article.json',
		label: `Place mentions in "${englishHeadline(article)}"`
	});
	return { json: JSON.stringify(collection, null, '\t') + '\n', geoparsed, reviewed };
}

export function annotationsFor(
	slug: string,
	root = ROOT,
	index: GazetteerIndex = placesIndex(root),
	collection = 'geodata/articles'
): string {
	const dir = path.join(root, collection, slug);
	const article = JSON.parse(fs.readFileSync(path.join(dir, 'article.json'), 'utf8'));
	const file = path.join(dir, 'corrections.json');
	const relative = path.relative(root, file);
	const corrections = parseCorrections(JSON.parse(fs.readFileSync(file, 'utf8')), relative);
	return articleAnnotations(article, corrections, index, relative).json;
}

/** The articles that have reviewed corrections, hence annotations built by this script. */
export function articleSlugs(root = ROOT, collection = 'geodata/articles'): string[] {
	return fs
		.readdirSync(path.join(root, collection), { withFileTypes: true })
		.filter(
			(d) =>
				d.isDirectory() && fs.existsSync(path.join(root, collection, d.name, 'corrections.json'))
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
