/** Every prerendered page of the built site, as a path ("/", "/articles/<slug>"). */
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_DIR } from './build-dir';

export function builtRoutes(dir = BUILD_DIR): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.html')) {
				const rel = '/' + path.relative(dir, p).replace(/\\/g, '/');
				out.push(rel === '/index.html' ? '/' : rel.replace(/(\/index)?\.html$/, ''));
			}
		}
	};
	walk(dir);
	return out.sort();
}

/** A place page's route: /places/<id> or /en/places/<id>. */
export const PLACE = /^(\/en)?\/places\/([a-z0-9-]+)$/;

/**
 * The place pages the browser visits: one template for every place the collection mentions, so a
 * few in each language (one without a map among them); smoke.spec.ts reads every one as HTML.
 */
export const PLACE_SAMPLE = [
	'/places/al-hol-camp',
	'/en/places/north-east-syria',
	'/places/sdf-prisons'
];
