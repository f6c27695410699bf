/**
 * The collection benchmark: N articles generated in a temporary folder by recombining the fixture
 * articles' sentences (for measurement only: each is marked as a fixture), built into a site of
 * their own, against the same site built with one generated article. It reports both build times,
 * the size of the home page's aggregate (/collection.json, gzip and brotli), and the home map's
 * time to ready on each site, measured in one run, alternating, as medians and run-by-run ratios.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { prepareArticle } from '../add-article/prepare';
import type { ReadInput } from '../add-article/read-input';
import { gazetteerOnce } from '../add-article';
import { FIXTURE_ARTICLES } from '../build-fixtures';
import { ROOT } from '../lib-files';
import { serve } from '../serve-static';
import type { BenchRow } from './geoparse';
import { benchFlags, CHROME_PATH, measure, row, stats, type Run } from './reader';

/** The aims of issue 14 at N = 1,000. */
export const AGGREGATE_AIM_KB = 300;
export const RATIO_AIM = 1.3;

/** A small deterministic generator (mulberry32): the same N always gives the same articles. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The fixture articles' sentences and outlets: what the generated articles are made of. */
export function fixtureMaterial(dir = FIXTURE_ARTICLES) {
	const sentences: string[] = [];
	const outlets: { ar: string; en: string }[] = [];
	for (const slug of fs.readdirSync(dir).sort()) {
		const article = JSON.parse(fs.readFileSync(path.join(dir, slug, 'article.json'), 'utf8'));
		outlets.push(article.outlet);
		for (const b of article.blocks)
			if (b.type === 'paragraph')
				sentences.push(
					...(b.text as string)
						.split(/(?<=[.!?؟])\s+/)
						.map((s) => s.trim())
						.filter((s) => s.length > 20)
				);
	}
	return { sentences, outlets };
}

/** Writes `n` generated articles into `dir` (bench-0001…); returns how long it took, in ms. */
export function generateCollection(dir: string, n: number): number {
	const t0 = performance.now();
	const { sentences, outlets } = fixtureMaterial();
	const { index, places } = gazetteerOnce(ROOT);
	const day0 = Date.UTC(2019, 0, 1);
	const days = 7 * 365;
	for (let i = 0; i < n; i++) {
		const r = random(i + 1);
		const pick = () => sentences[Math.floor(r() * sentences.length)];
		const paragraphs = Array.from({ length: 2 + Math.floor(r() * 3) }, () =>
			Array.from({ length: 1 + Math.floor(r() * 3) }, pick).join(' ')
		);
		const when = new Date(
			day0 + Math.floor(r() * days) * 86_400_000 + Math.floor(r() * 86_400_000)
		);
		const published = when.toISOString().slice(0, 16) + ':00+03:00';
		const slug = `bench-${String(i + 1).padStart(4, '0')}`;
		const input: ReadInput = {
			kind: 'text',
			imported: {
				title: `نص مولّد للقياس ${i + 1}: ${pick().slice(0, 70)}`,
				blocks: paragraphs.map((text) => ({ type: 'paragraph', text }))
			},
			metadata: {},
			corrections: { add: [], remove: [] }
		};
		const prepared = prepareArticle(
			input,
			`${slug}.txt`,
			{ published, outlet: outlets[Math.floor(r() * outlets.length)], slug, fixture: true },
			index,
			places
		);
		fs.mkdirSync(path.join(dir, slug), { recursive: true });
		for (const [name, text] of Object.entries(prepared.files))
			fs.writeFileSync(path.join(dir, slug, name), text);
	}
	return performance.now() - t0;
}

/** Builds the site of a collection folder into `out`; returns the wall time in ms. */
export function buildSite(collection: string, out: string): number {
	const t0 = performance.now();
	const r = spawnSync('npx', ['vite', 'build'], {
		cwd: ROOT,
		env: { ...process.env, KHAREETA_ARTICLES: collection, KHAREETA_BUILD_DIR: out },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (r.status !== 0) throw new Error(`build of ${collection} failed:\n${r.stderr.slice(-4000)}`);
	return performance.now() - t0;
}

function countPages(dir: string): number {
	let n = 0;
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true }))
			if (e.isDirectory()) walk(path.join(d, e.name));
			else if (e.name.endsWith('.html')) n++;
	};
	walk(dir);
	return n;
}

export interface CollectionBench {
	n: number;
	generateMs: number;
	build: { one: number; many: number };
	pages: { one: number; many: number };
	aggregate: { raw: number; gzip: number; brotli: number };
	home: { one: Run[]; many: Run[] };
	chromium: string;
}

export async function benchCollection(n: number, runs: number): Promise<CollectionBench> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-collection-'));
	try {
		const one = path.join(tmp, 'one');
		const many = path.join(tmp, 'many');
		generateCollection(one, 1);
		const generateMs = generateCollection(many, n);
		const site1 = path.join(tmp, 'site-one');
		const siteN = path.join(tmp, 'site-many');
		const build = { one: buildSite(one, site1), many: buildSite(many, siteN) };
		const json = fs.readFileSync(path.join(siteN, 'collection.json'));
		const aggregate = {
			raw: json.length,
			gzip: zlib.gzipSync(json, { level: 9 }).length,
			brotli: zlib.brotliCompressSync(json).length
		};
		const [s1, sN] = [await serve([['/', site1]]), await serve([['/', siteN]])];
		const browser = await chromium.launch({
			executablePath: CHROME_PATH,
			headless: true,
			args: benchFlags()
		});
		try {
			// One warm-up of each, then alternating runs: a slow spell of the machine slows both.
			await measure(browser, s1, '/', null);
			await measure(browser, sN, '/', null);
			const home = { one: [] as Run[], many: [] as Run[] };
			for (let i = 0; i < runs; i++) {
				home.one.push(await measure(browser, s1, '/', null));
				home.many.push(await measure(browser, sN, '/', null));
			}
			return {
				n,
				generateMs,
				build,
				pages: { one: countPages(site1), many: countPages(siteN) },
				aggregate,
				home,
				chromium: browser.version()
			};
		} finally {
			await browser.close();
			await s1.close();
			await sN.close();
		}
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The table's rows: builds, aggregate, the home map's time to ready and the aims. */
export function collectionSection(b: CollectionBench): { section: string; rows: BenchRow[] } {
	const ready1 = b.home.one.map((r) => r.ready);
	const readyN = b.home.many.map((r) => r.ready);
	const ratio = stats(readyN).median / stats(ready1).median;
	const states = [...b.home.one, ...b.home.many].filter((r) => r.state !== 'ready').length;
	const rows: BenchRow[] = [
		{
			name: `generate ${b.n} articles (add-article's pipeline)`,
			value: Math.round(b.generateMs),
			unit: 'ms'
		},
		{
			name: `build, 1 article (${b.pages.one} pages)`,
			value: +(b.build.one / 1000).toFixed(1),
			unit: 's'
		},
		{
			name: `build, ${b.n} articles (${b.pages.many} pages)`,
			value: +(b.build.many / 1000).toFixed(1),
			unit: `s — the build finishes`
		},
		{ name: 'home aggregate /collection.json, raw', value: kb(b.aggregate.raw), unit: 'KiB' },
		{
			name: `home aggregate, gzip -9 ≤ ${AGGREGATE_AIM_KB} KB`,
			value: kb(b.aggregate.gzip),
			unit: `KiB — ${met(b.aggregate.gzip <= AGGREGATE_AIM_KB * 1000)}; brotli ${kb(b.aggregate.brotli)} KiB`
		},
		row(
			'home, 1 article: first contentful paint',
			b.home.one.map((r) => r.fcp),
			'ms'
		),
		row(
			`home, ${b.n} articles: first contentful paint`,
			b.home.many.map((r) => r.fcp),
			'ms'
		),
		row('home, 1 article: map ready', ready1, 'ms'),
		row(`home, ${b.n} articles: map ready`, readyN, 'ms'),
		{
			name: `home map ready, ${b.n} / 1 article ≤ ${RATIO_AIM}`,
			value: +ratio.toFixed(2),
			unit: `× — ${met(ratio <= RATIO_AIM)}${states ? `; ${states} runs ended in error` : ''}`
		},
		row(
			`home map ready, ${b.n} / 1, run by run`,
			readyN.map((x, i) => x / ready1[i]),
			'×',
			2
		)
	];
	return {
		section: `collection of ${b.n} generated articles (median of ${b.home.one.length} alternating runs, ${b.chromium})`,
		rows
	};
}
