import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationsFor, articleSlugs, placesIndex } from './build-annotations';
import { ROOT } from './lib-files';

describe('committed annotations are current', () => {
	const index = placesIndex();
	for (const slug of articleSlugs()) {
		it(`${slug}: the geoparser plus corrections.json gives the committed annotations.json`, () => {
			const committed = fs.readFileSync(
				path.join(ROOT, 'geodata/articles', slug, 'annotations.json'),
				'utf8'
			);
			expect(
				annotationsFor(slug, ROOT, index),
				'run `npx tsx scripts/build-annotations.ts` and commit the result'
			).toBe(committed);
		});
	}

	it('the seed article: organisation names are never place mentions, every mention of Syria is found', () => {
		const slug = 'us-pauses-isis-operations-2022-12-03';
		const dir = path.join(ROOT, 'geodata/articles', slug);
		const ann = JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8'));
		const article = JSON.parse(fs.readFileSync(path.join(dir, 'article.json'), 'utf8'));
		const text: string = article.blocks.map((b: { text: string }) => b.text).join('\n\n');
		const spans = ann.first.items.map(
			(a: { target: { selector: { start: number; end: number }[] } }) => a.target.selector[0]
		);
		for (const org of ['قوات سوريا الديمقراطية', 'تلفزيون سوريا']) {
			for (let at = text.indexOf(org); at !== -1; at = text.indexOf(org, at + 1)) {
				const inside = spans.filter(
					(s: { start: number; end: number }) => s.start < at + org.length && at < s.end
				);
				expect(inside, `"${org}" at ${at}`).toEqual([]);
			}
		}
		// سوريا occurs 15 times: 3 inside organisation names (قوات سوريا الديمقراطية twice, تلفزيون سوريا
		// once); each of the other 12 is a mention of Syria or of a region of it (شمالي سوريا، شمال شرقي سوريا).
		const total = text.split('سوريا').length - 1;
		const covered = spans.filter((s: { start: number; end: number }) =>
			text.slice(s.start, s.end).includes('سوريا')
		).length;
		expect(total).toBe(15);
		expect(covered).toBe(12);
	});
});
