import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/data/collection-files';
import { buildDataset } from '../../src/lib/data/dataset';
import { parseN } from '../bench-collection';
import { ROOT } from '../lib-files';
import {
	collectionSection,
	fixtureMaterial,
	generateCollection,
	type CollectionBench
} from './collection';

describe('the generated collection', () => {
	it('recombines fixture sentences into articles the data boundary accepts, marked as fixtures', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-gen-'));
		const again = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-gen-'));
		try {
			generateCollection(dir, 5);
			generateCollection(again, 5);
			const data = buildDataset(readCollection([dir], ROOT));
			expect([...data.articles.keys()].sort()).toEqual([
				'bench-0001',
				'bench-0002',
				'bench-0003',
				'bench-0004',
				'bench-0005'
			]);
			const { sentences } = fixtureMaterial();
			for (const { article, annotations } of data.articles.values()) {
				expect(article.fixture).toBe(true);
				for (const b of article.blocks.slice(1))
					for (const s of b.text.split(/(?<=[.!?؟])\s+/)) expect(sentences).toContain(s);
				expect(annotations.length).toBeGreaterThan(0);
			}
			// The same N, the same articles.
			const read = (d: string) => readCollection([d], ROOT);
			expect(Object.values(read(again))).toEqual(Object.values(read(dir)));
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
			fs.rmSync(again, { recursive: true, force: true });
		}
	});
});

describe('bench:collection', () => {
	it('takes N from the command line', () => {
		expect(parseN(['--', '1000'])).toBe(1000);
		expect(parseN([])).toBe(1000);
		expect(() => parseN(['many'])).toThrow(/usage/);
	});
	it('says whether each aim is met, from the figures', () => {
		const run = (ready: number) => ({ ready, fcp: 100, state: 'ready' }) as never;
		const b: CollectionBench = {
			n: 1000,
			generateMs: 1,
			build: { one: 20_000, many: 300_000 },
			pages: { one: 10, many: 5000 },
			aggregate: { raw: 900_000, gzip: 120_000, brotli: 90_000 },
			home: { one: [run(1000), run(1100)], many: [run(1250), run(1500)] },
			chromium: 'x'
		};
		const rows = collectionSection(b).rows;
		const get = (start: string) => rows.find((r) => r.name.startsWith(start))!;
		expect(get('home aggregate, gzip').unit).toMatch(/— met/);
		expect(get('home map ready, 1000 / 1 article').value).toBeCloseTo(1500 / 1100, 2);
		expect(get('home map ready, 1000 / 1 article').unit).toMatch(/NOT met/);
		expect(get('build, 1000 articles').value).toBe(300);
	});
});
