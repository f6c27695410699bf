/**
 * The reader against the floor, in headless Chromium (RECIPE.md flags) on loopback: each run is a
 * fresh context (empty cache) at 1440×900, runs alternate reader/floor after one warm-up of each,
 * and every figure is the median (min–max) of the runs. Measured in the page: first contentful
 * paint, the moment `data-map-state` turns ready (a MutationObserver, not polling), long tasks
 * (PerformanceObserver) and when each script was requested (Resource Timing); bytes come from the
 * server's log, so MapLibre's worker script counts too.
 */
import { chromium, type Browser } from 'playwright-core';
import type { BenchRow } from './geoparse';
import type { Served } from '../serve-static';
import { readTree } from '../lib-files';

export { CHROME_PATH } from '../chromium.js';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../chromium.js';

/**
 * The flags of every other run (RECIPE.md), plus BENCH_CHROMIUM_FLAGS (space-separated) to see how
 * a figure depends on the browser's set-up, e.g. `--disable-gpu-compositing` for software
 * compositing, which is how Chromium runs on a machine whose GPU it does not use.
 */
export function benchFlags(extra = process.env.BENCH_CHROMIUM_FLAGS ?? ''): string[] {
	return [...CHROMIUM_FLAGS, ...extra.split(/\s+/).filter(Boolean)];
}

export interface Run {
	fcp: number;
	ready: number;
	state: string;
	/** Start of the request for the MapLibre chunk (ms since navigation), if it was requested. */
	maplibreStart: number | null;
	jsCss: { raw: number; gzip: number };
	jsCssBeforeFcp: { raw: number; gzip: number };
	/** Font files (.woff2) fetched, in all and before first paint. */
	fonts: { raw: number; gzip: number };
	fontsBeforeFcp: { raw: number; gzip: number };
	/** The basemap and the story's data (.geojson) fetched in the run. */
	geojson: { raw: number; gzip: number };
	longTasks: number;
	longTaskMs: number;
	/** Sum of (duration − 50 ms) of long tasks from FCP to ready (Lighthouse's TBT, up to ready). */
	blockingMs: number;
	otherHosts: number;
	map: { width: number; height: number };
}

/** The built JS file that holds MapLibre, found by content (its WebGL2 message), not by name. */
export function findMaplibreChunk(siteDir: string): string | null {
	const scripts = readTree('_app/immutable', (name) => name.endsWith('.js'), siteDir);
	const chunks = Object.entries(scripts)
		.filter(([, text]) => text.includes('WebGL2 is required'))
		.sort(([, a], [, b]) => b.length - a.length);
	return chunks.length ? '/' + chunks[0][0] : null;
}

/** Pause after each run, before the next one starts. */
const SETTLE_MS = 750;

const INIT = () => {
	const b = {
		ready: null as number | null,
		state: '',
		longtasks: [] as [number, number][]
	};
	(window as unknown as { __bench: typeof b }).__bench = b;
	new PerformanceObserver((l) => {
		for (const e of l.getEntries()) b.longtasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	new MutationObserver(() => {
		if (b.ready !== null) return;
		const s = document.querySelector('[data-map-state]')?.getAttribute('data-map-state');
		if (s === 'ready' || s === 'error') {
			b.ready = performance.now();
			b.state = s;
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
};

export async function measure(
	browser: Browser,
	server: Served,
	urlPath: string,
	maplibreChunk: string | null
): Promise<Run> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	let otherHosts = 0;
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin === server.origin || url.protocol === 'data:' || url.protocol === 'blob:')
			return route.continue();
		otherHosts++;
		return route.abort();
	});
	const page = await context.newPage();
	await page.addInitScript(INIT);
	const from = server.log.length;
	await page.goto(server.origin + urlPath);
	await page.waitForFunction(
		() => (window as unknown as { __bench: { ready: number | null } }).__bench.ready !== null,
		undefined,
		{ timeout: 60_000, polling: 100 }
	);
	const m = await page.evaluate(() => {
		const b = (
			window as unknown as {
				__bench: { ready: number; state: string; longtasks: [number, number][] };
			}
		).__bench;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
			(r) => ({ path: new URL(r.name).pathname, start: r.startTime })
		);
		const box = document.querySelector('[data-map-state]')!.getBoundingClientRect();
		return { ...b, fcp, resources, map: { width: box.width, height: box.height } };
	});
	await context.close();
	// Let the browser finish tearing the page down (its WebGL context, in software) before the next
	// run starts: each load is then measured from an idle browser, as a reader's would be.
	await new Promise((r) => setTimeout(r, SETTLE_MS));
	const log = server.log.slice(from);
	// When each request started: the server's log and the page's resource entries list a file's
	// requests in the same order (the map's labels fetch the interface font a second time).
	const starts = new Map<string, number[]>();
	for (const r of [...m.resources].sort((a, b) => a.start - b.start))
		starts.set(r.path, [...(starts.get(r.path) ?? []), r.start]);
	const started = new Map([...starts].map(([p, times]) => [p, times[0]]));
	const seen = new Map<string, number>();
	const logged = log.map((l) => {
		const i = seen.get(l.path) ?? 0;
		seen.set(l.path, i + 1);
		return { ...l, start: starts.get(l.path)?.[i] ?? Infinity };
	});
	const sum = (before: number, kind = /\.(m?js|css)$/) =>
		logged
			.filter((l) => kind.test(l.path) && l.start < before)
			.reduce((a, l) => ({ raw: a.raw + l.raw, gzip: a.gzip + l.gzip }), { raw: 0, gzip: 0 });
	const tasks = m.longtasks.filter(([start]) => start <= m.ready);
	return {
		fcp: m.fcp,
		ready: m.ready,
		state: m.state,
		maplibreStart: maplibreChunk ? (started.get(maplibreChunk) ?? null) : null,
		jsCss: sum(Infinity),
		jsCssBeforeFcp: sum(m.fcp),
		fonts: sum(Infinity, /\.woff2$/),
		fontsBeforeFcp: sum(m.fcp, /\.woff2$/),
		// MapLibre fetches the basemap in its worker, which the page's Resource Timing does not
		// see: every request of the run counts, from the server's log.
		geojson: logged
			.filter((l) => l.path.endsWith('.geojson'))
			.reduce((a, l) => ({ raw: a.raw + l.raw, gzip: a.gzip + l.gzip }), { raw: 0, gzip: 0 }),
		longTasks: tasks.length,
		longTaskMs: tasks.reduce((a, [, d]) => a + d, 0),
		blockingMs: tasks
			.filter(([start]) => start >= m.fcp)
			.reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
		otherHosts,
		map: m.map
	};
}

export const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return { median: s[s.length >> 1], min: s[0], max: s[s.length - 1] };
};

export interface PageLoad {
	reader: Run[];
	floor: Run[];
	maplibreChunk: string | null;
	chromium: string;
}

/** Alternating runs of the reader and the floor; the floor is sized like the reader's map. */
export async function benchPageLoad(
	server: Served,
	readerPath: string,
	floorPath: string,
	maplibreChunk: string | null,
	runs: number
): Promise<PageLoad> {
	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		headless: true,
		args: benchFlags()
	});
	try {
		const warm = await measure(browser, server, readerPath, maplibreChunk);
		const size = `?w=${Math.round(warm.map.width)}&h=${Math.round(warm.map.height)}`;
		await measure(browser, server, floorPath + size, null);
		const out: PageLoad = { reader: [], floor: [], maplibreChunk, chromium: browser.version() };
		for (let i = 0; i < runs; i++) {
			out.reader.push(await measure(browser, server, readerPath, maplibreChunk));
			out.floor.push(await measure(browser, server, floorPath + size, null));
		}
		return out;
	} finally {
		await browser.close();
	}
}

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);

/** A row of the table: the median of `xs`, with their min–max after the unit. */
export function row(name: string, xs: number[], unit: string, digits = 0): BenchRow {
	const s = stats(xs);
	const f = (x: number) => x.toFixed(digits);
	return { name, value: +f(s.median), unit: `${unit} (${f(s.min)}–${f(s.max)})` };
}

/** Table sections: timings, bytes and long tasks, reader and floor side by side. */
export function pageLoadSections(r: PageLoad): { section: string; rows: BenchRow[] }[] {
	const n = r.reader.length;
	const both = (name: string, pick: (x: Run) => number, unit: string, digits = 0): BenchRow[] => [
		row(`reader: ${name}`, r.reader.map(pick), unit, digits),
		row(`floor:  ${name}`, r.floor.map(pick), unit, digits)
	];
	const ratio =
		stats(r.reader.map((x) => x.ready)).median / stats(r.floor.map((x) => x.ready)).median;
	const mlStart = r.reader.map((x) => x.maplibreStart ?? NaN);
	return [
		{
			section: `page load, 1440×900, median of ${n} (min–max), ms since navigation`,
			rows: [
				...both('first contentful paint', (x) => x.fcp, 'ms'),
				row('reader: MapLibre chunk requested at', mlStart, 'ms'),
				...both('data-map-state="ready"', (x) => x.ready, 'ms'),
				{ name: 'reader / floor, time to ready', value: +ratio.toFixed(2), unit: '×' },
				// Each reader run over the floor run right after it: a slow spell of the machine
				// slows both, so the spread of these says how far one run's ratio can be trusted.
				row(
					'reader / floor, run by run',
					r.reader.map((x, i) => x.ready / r.floor[i].ready),
					'×',
					2
				)
			]
		},
		{
			section: `bytes of JavaScript, CSS, fonts and map data, KiB (median of ${n})`,
			rows: [
				...both('JS+CSS before first paint, raw', (x) => kb(x.jsCssBeforeFcp.raw), 'KiB', 1),
				...both('JS+CSS before first paint, gzip', (x) => kb(x.jsCssBeforeFcp.gzip), 'KiB', 1),
				...both('JS+CSS total, raw', (x) => kb(x.jsCss.raw), 'KiB', 1),
				...both('JS+CSS total, gzip', (x) => kb(x.jsCss.gzip), 'KiB', 1),
				row(
					'reader: fonts requested before first paint',
					r.reader.map((x) => kb(x.fontsBeforeFcp.raw)),
					'KiB',
					1
				),
				row(
					'reader: fonts in total',
					r.reader.map((x) => kb(x.fonts.raw)),
					'KiB',
					1
				),
				...both('basemap and data (.geojson), raw', (x) => kb(x.geojson.raw), 'KiB', 1),
				...both('basemap and data (.geojson), gzip', (x) => kb(x.geojson.gzip), 'KiB', 1)
			]
		},
		{
			section: `main thread long tasks until ready (median of ${n})`,
			rows: [
				...both('long tasks', (x) => x.longTasks, 'tasks'),
				...both('long tasks, total', (x) => x.longTaskMs, 'ms'),
				...both('blocking time FCP→ready (Σ task − 50 ms)', (x) => x.blockingMs, 'ms')
			]
		}
	];
}
