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
