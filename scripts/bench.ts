/**
 * Benchmarks, printed as a table: `npm run bench` (build first: `npx vite build`). Each bench module
 * exports an async function returning rows { name, value, unit }. Sections: the geoparser's
 * throughput; the reader page against the floor (MapLibre alone, same style, data and markers) in
 * headless Chromium; Lighthouse; and whether each aim of issue 8 is met.
 * Environment: BENCH_RUNS (default 9: the medians of fewer runs swing by ±0.1 in the ratio) runs per
 * page; BENCH_LIGHTHOUSE=0 skips Lighthouse; BENCH_CHROMIUM_FLAGS adds browser flags to every run.
 * The collection section (issue 14: N generated articles built and measured, N from
 * BENCH_COLLECTION_N, default 1000) runs last; BENCH_COLLECTION=0 skips it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchCollection, collectionSection } from './bench/collection';
import { buildFloor, SEED } from './bench/floor-build';
import { benchGeoparse, type BenchRow } from './bench/geoparse';
import { lighthouseSection, runLighthouse, type LighthouseResult } from './bench/lighthouse';
import { benchPaste, GAZETTEER, pasteSection } from './bench/paste';
import {
	benchPageLoad,
	findMaplibreChunk,
	pageLoadSections,
	stats,
	type PageLoad
} from './bench/reader';
import { serve, snapshotBuild } from './serve-static';
import { ROOT } from './lib-files';

export type Section = { section: string; rows: BenchRow[] };

const READER = `/articles/${SEED}`;
const RATIO_AIM = 1.2;
const LIGHTHOUSE_AIM = 95;

/** One row per aim: the figure, and whether it is met. */
export function aimsSection(load: PageLoad, lighthouse: LighthouseResult[]): Section {
	const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
	const ratio =
		stats(load.reader.map((r) => r.ready)).median / stats(load.floor.map((r) => r.ready)).median;
	const margins = load.reader.map((r) => (r.maplibreStart ?? NaN) - r.fcp);
	const before = margins.filter((m) => m > 0).length;
	const rows: BenchRow[] = [
		{
			name: `reader / floor time to ready ≤ ${RATIO_AIM}`,
			value: +ratio.toFixed(2),
			unit: `× — ${met(ratio <= RATIO_AIM)}`
		},
		{
			name: 'text painted before the MapLibre chunk is requested',
			value: Math.round(stats(margins).median),
			unit: `ms request start − FCP, median; ${before}/${margins.length} runs — ${met(before === margins.length)}${load.maplibreChunk ? '' : ' (no MapLibre chunk found)'}`
		}
	];
	for (const r of lighthouse.filter((x) => x.page === 'reader'))
		for (const cat of ['performance', 'accessibility'] as const)
			rows.push({
				name: `Lighthouse ${r.form} ${cat} ≥ ${LIGHTHOUSE_AIM}`,
				value: r[cat],
				unit: `/ 100 — ${met(r[cat] >= LIGHTHOUSE_AIM)}`
			});
	return { section: 'aims', rows };
}

export async function runBenches(): Promise<Section[]> {
	const sections: Section[] = [
		{ section: 'geoparse (Node, one core)', rows: (await benchGeoparse()).rows }
	];
	const runs = Number(process.env.BENCH_RUNS ?? 9);
	const extra = process.env.BENCH_CHROMIUM_FLAGS?.trim() ?? '';
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-bench-'));
	try {
		const site = snapshotBuild(path.join(ROOT, 'build'), path.join(tmp, 'site'));
		const floorDir = path.join(tmp, 'floor');
		const { markers } = await buildFloor(floorDir);
		const server = await serve([
			['/floor/', floorDir],
			['/', site]
		]);
		try {
			const from = server.log.length;
			const load = await benchPageLoad(server, READER, '/floor/', findMaplibreChunk(site), runs);
			const readerAskedGazetteer = server.log.slice(from).some((l) => l.path === GAZETTEER);
			sections.push(...pageLoadSections(load));
			sections[1].rows.unshift({
				name: `setup: ${load.chromium}, markers on both maps`,
				value: markers,
				unit: `markers; MapLibre chunk ${load.maplibreChunk ?? 'not found'}${extra ? `; extra flags: ${extra}` : ''}`
			});
			const lighthouse: LighthouseResult[] = [];
			if (process.env.BENCH_LIGHTHOUSE !== '0')
				for (const form of ['desktop', 'mobile'] as const) {
					lighthouse.push(await runLighthouse(server.origin + READER, form));
					lighthouse.push(await runLighthouse(server.origin + '/floor/', form, 'floor'));
				}
			if (lighthouse.length) sections.push(lighthouseSection(lighthouse));
			sections.push(aimsSection(load, lighthouse));
			const paste = pasteSection(await benchPaste(server, Math.min(runs, 5)));
			paste.rows.push({
				name: 'reader pages load the gazetteer',
				value: readerAskedGazetteer ? 1 : 0,
				unit: `— must not: ${readerAskedGazetteer ? 'NOT met' : 'met'}`
			});
			sections.push(paste);
		} finally {
			await server.close();
		}
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
	if (process.env.BENCH_COLLECTION !== '0')
		sections.push(
			collectionSection(await benchCollection(Number(process.env.BENCH_COLLECTION_N ?? 1000), runs))
		);
	return sections;
}

export function formatTable(sections: { section: string; rows: BenchRow[] }[]): string {
	const lines: string[] = [];
	for (const { section, rows } of sections) {
		const w = Math.max(...rows.map((r) => r.name.length));
		lines.push(`## ${section}`);
		for (const r of rows)
			lines.push(`${r.name.padEnd(w)}  ${String(r.value).padStart(10)}  ${r.unit}`);
	}
	return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	console.log(formatTable(await runBenches()));
}
