/**
 * Geoparser throughput: MB/s (UTF-8 bytes) on at least 5 MB of Arabic text with the full gazetteer,
 * and the time for the seed article (median of runs). The text repeats the seed article and the
 * test corpus's sentences in a fixed shuffled order, so runs are comparable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildDataset } from '../../src/lib/data/dataset';
import { geoparse } from '../../src/lib/geoparse/geoparse';
import { loadGazetteerIndex } from '../geoparse';
import { readDataFiles, ROOT } from '../lib-files';

export interface BenchRow {
	name: string;
	value: number;
	unit: string;
}

const SEED = 'us-pauses-isis-operations-2022-12-03';
const TARGET_BYTES = 6 * 1024 * 1024;
/** Issue 13: the world gazetteer must keep the geoparser at 20 MB/s or more. */
const THROUGHPUT_AIM = 20;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[s.length >> 1];
};

/** A deterministic shuffle (mulberry32), so every run measures the same text. */
function shuffled<T>(xs: T[], seed = 42): T[] {
	let a = seed;
	const rnd = () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const out = [...xs];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

export async function benchGeoparse(): Promise<{ rows: BenchRow[] }> {
	const t0 = performance.now();
	const index = loadGazetteerIndex();
	const indexMs = performance.now() - t0;
	const seed = buildDataset(readDataFiles()).articles.get(SEED)!.text;
	const corpus: { sentences: { text: string }[] } = JSON.parse(
		fs.readFileSync(path.join(ROOT, 'src/lib/geoparse/test/corpus.json'), 'utf8')
	);
	const pieces = [...seed.split('\n\n'), ...corpus.sentences.map((s) => s.text)];
	const parts: string[] = [];
	let bytes = 0;
	for (let round = 0; bytes < TARGET_BYTES; round++)
		for (const p of shuffled(pieces, round)) {
			parts.push(p);
			bytes += Buffer.byteLength(p) + 2;
		}
	const big = parts.join('\n\n');
	const mb = Buffer.byteLength(big) / 1e6;

	geoparse(big, index); // warm-up
	const bigRuns: number[] = [];
	let mentions = 0;
	for (let i = 0; i < 5; i++) {
		const t = performance.now();
		mentions = geoparse(big, index).length;
		bigRuns.push(performance.now() - t);
	}
	const seedRuns: number[] = [];
	for (let i = 0; i < 200; i++) {
		const t = performance.now();
		geoparse(seed, index);
		seedRuns.push(performance.now() - t);
	}
	const ms = median(bigRuns);
	return {
		rows: [
			{ name: 'gazetteer places indexed', value: index.places.size, unit: 'places' },
			{
				name: 'gazetteer index build (load + validate + trie)',
				value: +indexMs.toFixed(1),
				unit: 'ms'
			},
			{ name: 'bench text size', value: +mb.toFixed(2), unit: 'MB (UTF-8)' },
			{ name: 'mentions found in bench text', value: mentions, unit: 'mentions' },
			{
				name: 'geoparse throughput (median of 5)',
				value: +(mb / (ms / 1000)).toFixed(1),
				unit: `MB/s — ≥ ${THROUGHPUT_AIM} MB/s: ${mb / (ms / 1000) >= THROUGHPUT_AIM ? 'met' : 'NOT met'}`
			},
			{
				name: `seed article (${Buffer.byteLength(seed)} bytes), median of 200`,
				value: +median(seedRuns).toFixed(3),
				unit: 'ms'
			}
		]
	};
}
