import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/lib-files';
import { buildDataset } from './dataset';
import { DataValidationError } from './errors';

const fixture = (name: string) =>
	fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const PLACES = 'geodata/places/places.geojson';
const ARTICLE = 'geodata/articles/fixture/article.json';
const ANNOTATIONS = 'geodata/articles/fixture/annotations.json';

function files(overrides: Record<string, string> = {}) {
	return {
		[PLACES]: fixture('good.places.geojson'),
		[ARTICLE]: fixture('good.article.json'),
		[ANNOTATIONS]: fixture('good.annotations.json'),
		...overrides
	};
}

function problems(overrides: Record<string, string>): string {
	try {
		buildDataset(files(overrides));
	} catch (e) {
		expect(e).toBeInstanceOf(DataValidationError);
		return (e as Error).message;
	}
	throw new Error('expected the dataset to be rejected');
}

describe('buildDataset', () => {
	it('accepts good files and types them', () => {
		const d = buildDataset(files());
		expect([...d.places.keys()]).toEqual(['al-hol-camp', 'syria']);
		const a = d.articles.get('fixture')!;
		expect(a.text.slice(24, 34)).toBe('مخيم الهول');
		expect(a.annotations.map((x) => x.body.source)).toEqual(['syria', 'al-hol-camp']);
	});

	it('rejects swapped latitude and longitude, naming file, feature and field', () => {
		const msg = problems({ [PLACES]: fixture('bad-swapped-coordinates.places.geojson') });
		expect(msg).toContain(`${PLACES}: feature "al-hol-camp" (#0): geometry.coordinates:`);
		expect(msg).toContain('[36.37556, 41.14861] lies outside SY');
		expect(msg).toContain('longitude and latitude look swapped');
	});

	it('rejects a place without a source', () => {
		const msg = problems({ [PLACES]: fixture('bad-no-source.places.geojson') });
		expect(msg).toContain(
			`${PLACES}: feature "al-hol-camp" (#0): properties.sources: expected at least one source URL`
		);
	});

	it('rejects invalid GeoJSON (an unclosed polygon ring)', () => {
		const msg = problems({ [PLACES]: fixture('bad-invalid-geometry.places.geojson') });
		expect(msg).toContain(`${PLACES}: feature "al-hol-camp" (#0): geometry.coordinates.0`);
		expect(msg).toContain('at least 4 positions');
	});

	it('rejects a file that is not JSON', () => {
		const msg = problems({ [PLACES]: fixture('bad-json.places.geojson') });
		expect(msg).toMatch(new RegExp(`${PLACES}: \\(file\\): \\(json\\): not valid JSON`));
	});

	it('rejects an annotation that names an unknown place', () => {
		const msg = problems({ [ANNOTATIONS]: fixture('bad-unknown-place.annotations.json') });
		expect(msg).toContain(
			`${ANNOTATIONS}: annotation "#m-02" (#1): body.source: names unknown place "al-hol"`
		);
	});

	it('rejects an annotation whose quote does not match the text at its position', () => {
		const msg = problems({ [ANNOTATIONS]: fixture('bad-quote-mismatch.annotations.json') });
		expect(msg).toContain(
			`${ANNOTATIONS}: annotation "#m-02" (#1): target.selector.1.exact: quote "مخيم الهول" does not match`
		);
	});

	it('lists every problem, not only the first', () => {
		const msg = problems({
			[PLACES]: fixture('bad-no-source.places.geojson'),
			[ANNOTATIONS]: fixture('bad-unknown-place.annotations.json')
		});
		expect(msg).toMatch(/^2 problems in the data/);
	});

	it('accepts the real data in geodata/', () => {
		const d = buildDataset(readDataFiles());
		expect(d.articles.size).toBeGreaterThan(0);
		for (const id of [
			'al-hol-camp',
			'al-sinaa-prison',
			'turkey-syria-border-zone',
			'north-east-syria',
			'syria',
			'turkey',
			'damascus',
			'istanbul'
		])
			expect(d.places.has(id), id).toBe(true);
	});
});

describe('buildDataset: collections, fixtures and layers', () => {
	const article = (changes: object) =>
		JSON.stringify({ ...JSON.parse(fixture('good.article.json')), ...changes });
	const elsewhere = (dir: string, changes: object = {}) => ({
		[`${dir}/fixture/article.json`]: article(changes),
		[`${dir}/fixture/annotations.json`]: fixture('good.annotations.json')
	});
	const only = (extra: Record<string, string>) => ({
		[PLACES]: fixture('good.places.geojson'),
		...extra
	});

	it('reads an article from any collection folder and says which', () => {
		const d = buildDataset(only(elsewhere('/tmp/bench/articles', { fixture: true })));
		expect(d.articles.get('fixture')?.collection).toBe('/tmp/bench/articles');
		expect(d.articles.get('fixture')?.annotations).toHaveLength(2);
	});

	it('refuses a fixture in the shipped collection, and an unmarked article among the fixtures', () => {
		const shipped = problems({ [ARTICLE]: article({ fixture: true }) });
		expect(shipped).toContain(`${ARTICLE}: article "fixture": fixture: a fixture is not news`);
		let msg = '';
		try {
			buildDataset(only(elsewhere('tests/fixtures/articles')));
		} catch (e) {
			msg = (e as Error).message;
		}
		expect(msg).toContain(
			'tests/fixtures/articles/fixture/article.json: article "fixture": fixture: expected true'
		);
	});

	it('refuses the same slug in two collections', () => {
		let msg = '';
		try {
			buildDataset(files(elsewhere('tests/fixtures/articles', { fixture: true })));
		} catch (e) {
			msg = (e as Error).message;
		}
		expect(msg).toContain('slug: duplicate slug: "fixture" is already in geodata/articles');
	});

	it('gives an article the shapes and facts of the layers it declares, and none otherwise', () => {
		const real = readDataFiles();
		const d = buildDataset(real);
		const seed = d.articles.get('us-pauses-isis-operations-2022-12-03')!;
		expect(seed.layers.context).toEqual(['turkey-syria-border-zone', 'turkey-syria-border']);
		expect(seed.layers.spatial.get('al-hol-camp')?.in_zone).toBe(false);
		const undeclared = buildDataset({
			...real,
			...elsewhere('/tmp/x', { fixture: true })
		}).articles.get('fixture')!;
		expect(undeclared.layers).toEqual({ context: [], spatial: new Map() });
	});

	it('names an unknown layer, and a layer whose shape has no geometry', () => {
		const msg = problems({
			[ARTICLE]: article({ layers: ['no-such-layer'] }),
			'geodata/layers/bad.json': JSON.stringify({
				id: 'bad',
				label: { ar: 'س', en: 'x' },
				shapes: ['al-hol']
			})
		});
		expect(msg).toContain(
			`${ARTICLE}: article "fixture": layers.0: names unknown layer "no-such-layer"`
		);
		expect(msg).toContain(
			'geodata/layers/bad.json: layer "bad": shapes.0: names unknown place "al-hol"'
		);
	});
});
