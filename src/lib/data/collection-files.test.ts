import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/lib-files';
import { collectionDirs, readArticles, readCollection } from './collection-files';
import { buildDataset } from './dataset';

describe('collectionDirs', () => {
	it('defaults to geodata/articles and splits KHAREETA_ARTICLES like PATH', () => {
		expect(collectionDirs(undefined)).toEqual(['geodata/articles']);
		expect(collectionDirs('')).toEqual(['geodata/articles']);
		expect(collectionDirs('geodata/articles:/tmp/x/')).toEqual(['geodata/articles', '/tmp/x']);
	});
});

describe('readCollection', () => {
	it('reads the shipped collection: the seed article and nothing of the tests', () => {
		const files = readCollection(['geodata/articles'], ROOT);
		expect(Object.keys(files)).toContain(
			'geodata/articles/us-pauses-isis-operations-2022-12-03/article.json'
		);
		expect(Object.keys(files).some((f) => f.startsWith('tests/'))).toBe(false);
		expect(files['geodata/layers/turkey-syria-border-zone.json']).toBeDefined();
	});

	it('reads a folder outside the project by its absolute path, only the files the site uses', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-collection-'));
		fs.mkdirSync(path.join(dir, 'a'));
		fs.writeFileSync(path.join(dir, 'a', 'article.json'), '{}');
		fs.writeFileSync(path.join(dir, 'a', 'notes.txt'), 'x');
		expect(Object.keys(readArticles([dir], ROOT))).toEqual([path.join(dir, 'a', 'article.json')]);
		fs.rmSync(dir, { recursive: true });
		expect(() => readArticles([dir], ROOT)).toThrow(/no folder/);
	});

	it('gives the data boundary what it validates', () => {
		const d = buildDataset(readCollection(['geodata/articles'], ROOT));
		expect([...d.articles.keys()]).toContain('us-pauses-isis-operations-2022-12-03');
	});
});
