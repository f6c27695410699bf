import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translationAnnotationsFor, translationSlugs } from './build-translation';
import { ROOT } from './lib-files';

describe('translation annotations are current', () => {
	for (const slug of translationSlugs()) {
		it(`${slug}: regenerating gives the committed file`, () => {
			const file = path.join(ROOT, 'geodata/articles', slug, 'translation-annotations.en.json');
			expect(translationAnnotationsFor(slug), 'run `npx tsx scripts/build-translation.ts`').toBe(
				fs.readFileSync(file, 'utf8')
			);
		});
		it(`${slug}: every place the original mentions is mentioned in the translation, and no other`, () => {
			const dir = path.join(ROOT, 'geodata/articles', slug);
			const places = (file: string) =>
				new Set(
					JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).first.items.map(
						(a: { body: { source: string } }) => a.body.source
					)
				);
			expect([...places('translation-annotations.en.json')].sort()).toEqual(
				[...places('annotations.json')].sort()
			);
		});
	}
});
