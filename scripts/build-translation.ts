/**
 * Regenerates geodata/articles/<slug>/translation-annotations.en.json from the English
 * translation (translation.en.json) and its reviewed quotes (translation-mentions.en.json).
 * Re-runnable: the same inputs give the same bytes.   npx tsx scripts/build-translation.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { plainText } from '../src/lib/article/plain-text';
import { translationAnnotations } from '../src/lib/article/translation-mentions';
import { ROOT } from './lib-files';

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

export function translationSlugs(root = ROOT): string[] {
	const dir = path.join(root, 'geodata/articles');
	return fs
		.readdirSync(dir)
		.filter((slug) => fs.existsSync(path.join(dir, slug, 'translation-mentions.en.json')))
		.sort();
}

export function translationAnnotationsFor(slug: string, root = ROOT): string {
	const dir = path.join(root, 'geodata/articles', slug);
	const translation = read(path.join(dir, 'translation.en.json'));
	const rules = read(path.join(dir, 'translation-mentions.en.json'));
	const original = read(path.join(dir, 'annotations.json')).first.items;
	const collection = translationAnnotations(plainText(translation.blocks), rules, original);
	return JSON.stringify(collection, null, '\t') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const slug of translationSlugs()) {
		const out = path.join(ROOT, 'geodata/articles', slug, 'translation-annotations.en.json');
		const json = translationAnnotationsFor(slug);
		fs.writeFileSync(out, json);
		console.log(`${path.relative(ROOT, out)}: ${JSON.parse(json).total} mentions`);
	}
}
