import { describe, expect, it } from 'vitest';
import { abSection } from './bench-ab';
import type { Run } from './bench/reader';

const run = (fcp: number, ready: number) => ({ fcp, ready }) as Run;

describe('abSection', () => {
	it('gives the medians, each build over the floor, and B − A run by run', () => {
		const a = [run(400, 2000), run(420, 2100), run(380, 1900)];
		const b = [run(390, 1900), run(430, 2050), run(370, 1950)];
		const floor = [run(350, 1600), run(360, 1700), run(340, 1650)];
		const rows = Object.fromEntries(abSection(a, b, floor).rows.map((r) => [r.name, r]));
		expect(rows['A: data-map-state="ready"']).toMatchObject({
			value: 2000,
			unit: 'ms (1900–2100)'
		});
		expect(rows['B: first contentful paint']).toMatchObject({ value: 390, unit: 'ms (370–430)' });
		expect(rows['A / floor, time to ready'].value).toBe(+(2000 / 1650).toFixed(3));
		expect(rows['B / floor, time to ready'].value).toBe(+(1950 / 1650).toFixed(3));
		// Run by run: −100, −50, +50.
		expect(rows['B − A, time to ready, run by run']).toMatchObject({
			value: -50,
			unit: 'ms (-100–50)'
		});
	});
});
