/**
 * Golden-file helpers for the geo tests (STYLE.md habit 6): fixtures in `test/in`, expected output
 * in `test/out`. Run the tests with `REGEN=1` to rewrite the expected files, then review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { truncate } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import type { AllGeoJSON } from '@turf/helpers';
import { expect } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Parse `test/in/<name>`. */
export function readFixture<T>(name: string): T {
	return JSON.parse(readFileSync(join(HERE, 'in', name), 'utf8')) as T;
}

/** Compare GeoJSON with `test/out/<name>` after rounding coordinates to 5 decimals. */
export function expectGolden(name: string, actual: AllGeoJSON | null): void {
	const rounded = actual ? truncate(actual, { precision: 5, mutate: false }) : null;
	const plain = JSON.parse(JSON.stringify(rounded));
	const file = join(HERE, 'out', name);
	if (process.env.REGEN === '1') writeFileSync(file, JSON.stringify(plain, null, '\t') + '\n');
	expect(plain).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

/** The real Natural Earth 10m topology (npm world-atlas 2.0.2). */
export function worldAtlas10m(): Topology {
	const require = createRequire(import.meta.url);
	return JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
}
