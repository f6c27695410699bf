/**
 * Regenerates geodata/articles/<slug>/annotations.json from the article and its reviewed
 * mention rules (mentions.json). Re-runnable: the same inputs give the same bytes.
 *   npx tsx scripts/build-annotations.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { plainText } from '../src/lib/article/plain-text';
import {
	curatedMentions,
	toAnnotationCollection,
	type MentionRules
} from '../src/lib/article/curated-mentions';
import { ROOT } from './lib-files';

export function annotationsFor(slug: string, root = ROOT): string {
	const dir = path.join(root, 'geodata/articles', slug);
	const article = JSON.parse(fs.readFileSync(path.join(dir, 'article.json'), 'utf8'));
	const rules: MentionRules = JSON.parse(fs.readFileSync(path.join(dir, 'mentions.json'), 'utf8'));
	const text = plainText(article.blocks);
	const collection = toAnnotationCollection(
		text,
		curatedMentions(text, rules),
		`Place mentions in "${article.headline_en}"`
	);
	return JSON.stringify(collection, null, '\t') + '\n';
}

export function articleSlugs(root = ROOT): string[] {
	return fs
		.readdirSync(path.join(root, 'geodata/articles'), { withFileTypes: true })
		.filter(
			(d) =>
				d.isDirectory() &&
				fs.existsSync(path.join(root, 'geodata/articles', d.name, 'mentions.json'))
		)
		.map((d) => d.name)
		.sort();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const slug of articleSlugs()) {
		const out = path.join(ROOT, 'geodata/articles', slug, 'annotations.json');
		const json = annotationsFor(slug);
		fs.writeFileSync(out, json);
		console.log(`${path.relative(ROOT, out)}: ${JSON.parse(json).total} mentions`);
	}
}
