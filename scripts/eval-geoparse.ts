/**
 * Measures the geoparser on independent annotated text (a CoNLL file such as ANERcorp): rebuilds
 * the text from the tokens, runs the geoparser on story-sized pieces, and prints entity-level LOC
 * precision, recall and F1 (a gold LOC entity is found when a mention overlaps it), then the names
 * missed most often and the most frequent false hits.
 *   npm run eval:geoparse -- ../shared/corpora/anercorp-dev.conll [--top 40] [--json]
 * The corpus is read where it lies and never copied into the repository. Without a readable file
 * it says so and exits 0 with nothing measured (CI machines do not carry the corpus).
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { geoparse } from '../src/lib/geoparse/geoparse';
import type { GazetteerIndex } from '../src/lib/geoparse/index-gazetteer';
import { readConll, score, topCounts, type Score } from './eval/conll';
import { loadGazetteerIndex } from './geoparse';

export const DEFAULT_CORPUS = '../shared/corpora/anercorp-dev.conll';

/** Run the geoparser on every document of a CoNLL source and score its LOC mentions. */
export function evaluate(source: string, index: GazetteerIndex, sentencesPerDoc = 10): Score {
	const docs = readConll(source, sentencesPerDoc).map((d) => ({
		entities: d.entities,
		predicted: geoparse(d.text, index).map((m) => ({
			start: m.start,
			end: m.end,
			place: m.place,
			text: d.text.slice(m.start, m.end)
		}))
	}));
	return score(docs);
}

const pct = (x: number) => x.toFixed(3);

export function report(s: Score, top = 30): string {
	const lines = [
		`LOC entities: ${s.gold} gold, ${s.found} found; ${s.predicted} mentions, ${s.correct} correct`,
		`precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`,
		'',
		`Most missed (gold LOC no mention overlaps), ${s.missed.length} in all:`,
		...topCounts(s.missed, (g) => g.text, top).map(([t, n]) => `  ${n}\t${t}`),
		'',
		`Most frequent false hits (mentions overlapping no gold LOC; gold tag there), ${s.falseHits.length} in all (${topCounts(
			s.falseHits,
			(p) => p.goldTag ?? 'O',
			10
		)
			.map(([t, n]) => `${t} ${n}`)
			.join(', ')}):`,
		...topCounts(s.falseHits, (p) => `${p.text}\t→ ${p.place}\t[${p.goldTag ?? 'O'}]`, top).map(
			([t, n]) => `  ${n}\t${t}`
		)
	];
	return lines.join('\n') + '\n';
}

export function main(argv: string[]): number {
	const args = argv.filter((a) => a !== '--');
	const json = args.includes('--json');
	const topAt = args.indexOf('--top');
	const top = topAt === -1 ? 30 : Number(args[topAt + 1]);
	const file = args.find((a, i) => !a.startsWith('--') && i !== topAt + 1) ?? DEFAULT_CORPUS;
	if (!Number.isInteger(top) || top < 0) {
		process.stderr.write('eval:geoparse: --top needs a whole number\n');
		return 2;
	}
	if (!fs.existsSync(file)) {
		process.stdout.write(
			`eval:geoparse: skipped, no corpus at ${file} (see ../shared/corpora/README.md)\n`
		);
		return 0;
	}
	const t0 = performance.now();
	const index = loadGazetteerIndex();
	const s = evaluate(fs.readFileSync(file, 'utf8'), index);
	const ms = performance.now() - t0;
	if (json) {
		const { missed, falseHits, ...figures } = s;
		process.stdout.write(
			JSON.stringify({
				...figures,
				missed: topCounts(missed, (g) => g.text, top),
				falseHits: topCounts(falseHits, (p) => `${p.text} → ${p.place} [${p.goldTag ?? 'O'}]`, top)
			}) + '\n'
		);
	} else process.stdout.write(`${file} (${(ms / 1000).toFixed(1)} s)\n` + report(s, top));
	return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
	process.exitCode = main(process.argv.slice(2));
