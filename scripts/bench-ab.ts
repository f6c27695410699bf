/**
 * An interleaved A/B of two builds of the site, for a change whose effect is smaller than the
 * difference between two separate `npm run bench` runs on a noisy machine:
 *
 *   npx tsx scripts/bench-ab.ts <site A> <site B>      # folders like build/; BENCH_RUNS (default 12)
 *
 * Reader A, reader B and the floor load in turn, each run measured as `npm run bench` measures it,
 * so a slow spell of the machine slows all three. Prints the medians (min–max) of the first paint
 * and of the time to ready, each build's ratio to the floor, and B − A run by run.
 * Make the two folders by building with and without the change and copying build/ each time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { formatTable, type Section } from './bench';
import { buildFloor, SEED } from './bench/floor-build';
import type { BenchRow } from './bench/geoparse';
import {
	benchFlags,
	CHROME_PATH,
	findMaplibreChunk,
	measure,
	row,
	stats,
	type Run
} from './bench/reader';
import { serve, snapshotBuild } from './serve-static';

const READER = `/articles/${SEED}`;

/** The table of an A/B run: runs of A, B and the floor, in the order they alternated. */
export function abSection(a: Run[], b: Run[], floor: Run[]): Section {
	const rows: BenchRow[] = [];
	for (const [name, runs] of [
		['A', a],
		['B', b],
		['floor', floor]
	] as const)
		rows.push(
			row(
				`${name}: first contentful paint`,
				runs.map((r) => r.fcp),
				'ms'
			),
			row(
				`${name}: data-map-state="ready"`,
				runs.map((r) => r.ready),
				'ms'
			)
		);
	const floorReady = stats(floor.map((r) => r.ready)).median;
	for (const [name, runs] of [
		['A', a],
		['B', b]
	] as const)
		rows.push({
			name: `${name} / floor, time to ready`,
			value: +(stats(runs.map((r) => r.ready)).median / floorReady).toFixed(3),
			unit: '×'
		});
	rows.push(
		row(
			'B − A, time to ready, run by run',
			b.map((r, i) => r.ready - a[i].ready),
			'ms'
		)
	);
	return { section: `A/B, 1440×900, median of ${a.length} (min–max), ms since navigation`, rows };
}

export async function runAb(siteA: string, siteB: string, runs: number): Promise<Section> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-ab-'));
	try {
		const a = snapshotBuild(siteA, path.join(tmp, 'a'));
		const b = snapshotBuild(siteB, path.join(tmp, 'b'));
		const floorDir = path.join(tmp, 'floor');
		await buildFloor(floorDir);
		const serverA = await serve([
			['/floor/', floorDir],
			['/', a]
		]);
		const serverB = await serve([['/', b]]);
		const browser = await chromium.launch({
			executablePath: CHROME_PATH,
			headless: true,
			args: benchFlags()
		});
		try {
			const chunkA = findMaplibreChunk(a);
			const chunkB = findMaplibreChunk(b);
			const warm = await measure(browser, serverA, READER, chunkA);
			const floorPath = `/floor/?w=${Math.round(warm.map.width)}&h=${Math.round(warm.map.height)}`;
			await measure(browser, serverB, READER, chunkB);
			await measure(browser, serverA, floorPath, null);
			const out = { a: [] as Run[], b: [] as Run[], floor: [] as Run[] };
			for (let i = 0; i < runs; i++) {
				out.a.push(await measure(browser, serverA, READER, chunkA));
				out.b.push(await measure(browser, serverB, READER, chunkB));
				out.floor.push(await measure(browser, serverA, floorPath, null));
			}
			return abSection(out.a, out.b, out.floor);
		} finally {
			await browser.close();
			await serverA.close();
			await serverB.close();
		}
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const [siteA, siteB] = process.argv.slice(2);
	if (!siteA || !siteB) {
		console.error('usage: npx tsx scripts/bench-ab.ts <site A> <site B>   (two built sites)');
		process.exit(2);
	}
	console.log(formatTable([await runAb(siteA, siteB, Number(process.env.BENCH_RUNS ?? 12))]));
}
