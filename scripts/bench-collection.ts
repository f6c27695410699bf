/**
 * `npm run bench:collection -- <N>`: builds a collection of N generated articles in a temporary
 * folder (for measurement only) and prints the build times, the home aggregate's size and the home
 * map's time to ready against the same page with one article (scripts/bench/collection.ts).
 * BENCH_RUNS (default 9) alternating runs per site.
 */
import { pathToFileURL } from 'node:url';
import { formatTable } from './bench';
import { benchCollection, collectionSection } from './bench/collection';

export function parseN(argv: string[]): number {
	const args = argv.filter((a) => a !== '--');
	const n = Number(args[0] ?? 1000);
	if (args.length > 1 || !Number.isInteger(n) || n < 1 || n > 100_000)
		throw new Error(
			'usage: npm run bench:collection -- <N> (a whole number of articles, 1–100000)'
		);
	return n;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	let n: number;
	try {
		n = parseN(process.argv.slice(2));
	} catch (e) {
		console.error((e as Error).message);
		process.exit(2);
	}
	const result = await benchCollection(n, Number(process.env.BENCH_RUNS ?? 9));
	console.log(formatTable([collectionSection(result)]));
}
