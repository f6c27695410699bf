/**
 * Reads the data files from disk, in Node: the gazetteer (geodata/places), the spatial layers
 * (geodata/layers) and the articles of one or more collection folders. The folders come from
 * KHAREETA_ARTICLES, separated like PATH (default `geodata/articles`): the tests add
 * tests/fixtures/articles, the collection benchmark a temporary folder of generated articles.
 * File keys are paths relative to the project (absolute for a folder outside it), so a broken file
 * is named where it really is.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataFiles } from './dataset';

/** The files of an article's folder that the site reads. */
export const ARTICLE_FILES = [
	'article.json',
	'annotations.json',
	'events.json',
	'translation.en.json',
	'translation-annotations.en.json'
] as const;

export const DEFAULT_COLLECTION = 'geodata/articles';

/**
 * The collection folders to read.
 *
 * @example collectionDirs('geodata/articles:tests/fixtures/articles') // ['geodata/articles', 'tests/fixtures/articles']
 */
export function collectionDirs(value = process.env.KHAREETA_ARTICLES): string[] {
	const dirs = (value ?? '')
		.split(path.delimiter)
		.map((d) => d.trim().replace(/\/+$/, ''))
		.filter(Boolean);
	return dirs.length ? dirs : [DEFAULT_COLLECTION];
}

/** A path as the data boundary names it: relative to the project when inside it. */
export function keyOf(root: string, abs: string): string {
	const rel = path.relative(root, abs);
	return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

function readDir(
	root: string,
	rel: string,
	keep: (name: string) => boolean,
	out: DataFiles & object
) {
	const dir = path.resolve(root, rel);
	if (!fs.existsSync(dir)) return;
	for (const name of fs.readdirSync(dir).sort())
		if (keep(name)) {
			const file = path.join(dir, name);
			if (fs.statSync(file).isFile())
				(out as Record<string, string>)[keyOf(root, file)] = fs.readFileSync(file, 'utf8');
		}
}

/** The places, layers and spatial facts: what every page shares. */
export function readGeodata(root = process.cwd()): Record<string, string> {
	const out: Record<string, string> = {};
	readDir(root, 'geodata/places', (n) => n.endsWith('.geojson') || n === 'spatial-facts.json', out);
	readDir(root, 'geodata/layers', (n) => n.endsWith('.json'), out);
	return out;
}

/** The files of every article in `dirs` (each a folder of <slug>/ folders). */
export function readArticles(
	dirs: readonly string[],
	root = process.cwd()
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rel of dirs) {
		const dir = path.resolve(root, rel);
		if (!fs.existsSync(dir)) throw new Error(`KHAREETA_ARTICLES: no folder ${dir}`);
		for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
			if (entry.isDirectory())
				readDir(
					root,
					path.join(dir, entry.name),
					(n) => (ARTICLE_FILES as readonly string[]).includes(n),
					out
				);
	}
	return out;
}

/** Everything the site reads: the geodata and the articles of the collection folders. */
export function readCollection(
	dirs: readonly string[] = collectionDirs(),
	root = process.cwd()
): Record<string, string> {
	return { ...readGeodata(root), ...readArticles(dirs, root) };
}
