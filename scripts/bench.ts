/**
 * Benchmarks, printed as a table: `npm run bench`. Each bench module exports an async function
 * returning rows { name, value, unit }.
 */
import { pathToFileURL } from 'node:url';
import { benchGeoparse, type BenchRow } from './bench/geoparse';

export async function runBenches(): Promise<{ section: string; rows: BenchRow[] }[]> {
	return [{ section: 'geoparse (Node, one core)', rows: (await benchGeoparse()).rows }];
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
