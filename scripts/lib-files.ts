/** Reads the data files the way the app's Vite glob does, for scripts and tests that run in Node. */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

export function readDataFiles(root = ROOT): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
			const rel = `${dir}/${entry.name}`;
			if (entry.isDirectory()) walk(rel);
			else if (/\.(geo)?json$/.test(entry.name))
				files[rel] = fs.readFileSync(path.join(root, rel), 'utf8');
		}
	};
	walk('geodata/places');
	walk('geodata/articles');
	return files;
}
