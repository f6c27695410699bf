/** Reads the data files the way the app's Vite glob does, for scripts and tests that run in Node. */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** The files below `dir` (relative to `root`) whose names `keep` accepts: relative path → text. */
export function readTree(
	dir: string,
	keep: (name: string) => boolean,
	root = ROOT
): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (rel: string) => {
		for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
			const child = `${rel}/${entry.name}`;
			if (entry.isDirectory()) walk(child);
			else if (keep(entry.name)) files[child] = fs.readFileSync(path.join(root, child), 'utf8');
		}
	};
	walk(dir);
	return files;
}

export const isDataFile = (name: string) => /\.(geo)?json$/.test(name);

export function readDataFiles(root = ROOT): Record<string, string> {
	return {
		...readTree('geodata/places', isDataFile, root),
		...readTree('geodata/layers', isDataFile, root),
		...readTree('geodata/articles', isDataFile, root)
	};
}
