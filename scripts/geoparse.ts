/**
 * The geoparser's command line: prints the W3C AnnotationCollection of the places a text mentions.
 *   npm run --silent geoparse -- article.txt
 *   echo 'قصف قرب القامشلي' | npm run --silent geoparse
 * Reads the gazetteer through the validated data boundary (src/lib/data/dataset.ts), plus
 * geodata/places/variants.json and stoplist.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDateAnnotations } from '../src/lib/time/date-annotations';
import { resolveDates } from '../src/lib/time/resolve-dates';
import { buildDataset } from '../src/lib/data/dataset';
import { toAnnotationCollection } from '../src/lib/geoparse/annotations';
import { geoparse } from '../src/lib/geoparse/geoparse';
import { placesFound } from '../src/lib/geoparse/places-found';
import type { GazetteerIndex } from '../src/lib/geoparse/index-gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import { readDataFiles, ROOT } from './lib-files';

/** Largest input accepted, in bytes. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

const USAGE = `Usage: npm run --silent geoparse -- [file] [--format w3c|geojson] [--published <ISO date-time>]
Finds the places an Arabic (or mixed) text mentions and prints them on standard output. Without a
file, reads the text from standard input.
--format w3c (the default): a W3C Web Annotation AnnotationCollection (JSON-LD), one annotation per
  mention, with its offsets and quote.
--format geojson: an RFC 7946 FeatureCollection, one feature per place (its id the place's, its
  point the place's location) with names, kind, country, confidence, bbox for areas, precision,
  sources and mentions: [{ start, end, exact, confidence }] in UTF-16 offsets.
With --published (e.g. 2022-12-03T11:14:00+03:00; W3C output only), also finds its dates (اليوم، الأربعاء الماضي،
في الـ 23 من الشهر الماضي…), resolves them against the publication date in its own time zone, and
adds them as tagging annotations whose body value is an ISO date or interval.
Input: UTF-8 text of at most 8 MB (${MAX_INPUT_BYTES} bytes). Empty input prints an empty collection.
Exit status: 0 on success; 1 if the input is unreadable, not UTF-8 text, or over 8 MB; 2 on a usage error.`;

/** The matcher index over the whole validated gazetteer and its word lists. */
export function loadGazetteerIndex(root = ROOT): GazetteerIndex {
	return gazetteerIndex(buildDataset(readDataFiles(root)).places.values(), root);
}

export class InputError extends Error {}

/** Decode input bytes as UTF-8 text, or throw an InputError that says why not. */
export function decodeInput(bytes: Uint8Array, name: string): string {
	if (bytes.length > MAX_INPUT_BYTES)
		throw new InputError(
			`${name}: ${bytes.length} bytes is over the limit of 8 MB (${MAX_INPUT_BYTES} bytes)`
		);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw new InputError(`${name}: not UTF-8 text`);
	}
	// Binary files decode as UTF-8 surprisingly often; a NUL or other C0 controls say "not text".
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	if (/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text))
		throw new InputError(`${name}: not text (contains control characters such as NUL)`);
	return text;
}

function readAll(fd: number): Uint8Array {
	const chunks: Buffer[] = [];
	let total = 0;
	const buf = Buffer.alloc(1 << 16);
	for (;;) {
		let n: number;
		try {
			n = fs.readSync(fd, buf, 0, buf.length, null);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
			if ((e as NodeJS.ErrnoException).code === 'EOF') break;
			throw e;
		}
		if (n === 0) break;
		total += n;
		// Stop early: no need to read a huge input to know it is too large.
		if (total > MAX_INPUT_BYTES) {
			chunks.push(Buffer.from(buf.subarray(0, n)));
			return new Uint8Array(total);
		}
		chunks.push(Buffer.from(buf.subarray(0, n)));
	}
	return Buffer.concat(chunks);
}

/** Take `--name value` or `--name=value` out of `args`; undefined if absent, null if it has no value. */
function option(
	args: string[],
	name: string
): { rest: string[]; value: string | null | undefined } {
	const at = args.findIndex((a) => a === name || a.startsWith(name + '='));
	if (at === -1) return { rest: args, value: undefined };
	const inline = args[at].includes('=');
	const value = inline ? args[at].split('=')[1] : (args[at + 1] ?? null);
	return {
		rest: args.filter((_, i) => i !== at && !(i === at + 1 && !inline)),
		value: value || null
	};
}

export function main(argv: string[]): number {
	let args = argv.filter((a) => a !== '--');
	const format = option(args, '--format');
	args = format.rest;
	if (format.value !== undefined && format.value !== 'w3c' && format.value !== 'geojson') {
		process.stderr.write(`geoparse: --format takes w3c or geojson\n`);
		return 2;
	}
	const geojson = format.value === 'geojson';
	let published: string | undefined;
	const at = args.findIndex((a) => a === '--published' || a.startsWith('--published='));
	if (at !== -1) {
		published = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
		args = args.filter((_, i) => i !== at && !(i === at + 1 && !args[at].includes('=')));
		if (geojson) {
			process.stderr.write(`geoparse: --published adds dates to the W3C output, not to GeoJSON\n`);
			return 2;
		}
		if (!published || Number.isNaN(Date.parse(published)) || !/T\d\d:\d\d/.test(published)) {
			process.stderr.write(
				`geoparse: --published needs an ISO date-time with its offset, e.g. 2022-12-03T11:14:00+03:00\n`
			);
			return 2;
		}
	}
	if (args.includes('--help') || args.includes('-h')) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	if (args.length > 1 || (args[0]?.startsWith('-') && args[0] !== '-')) {
		process.stderr.write(`geoparse: expected at most one file\n${USAGE}\n`);
		return 2;
	}
	const file = args[0] && args[0] !== '-' ? args[0] : undefined;
	let text: string;
	try {
		let bytes: Uint8Array;
		if (file) {
			let stat: fs.Stats;
			try {
				stat = fs.statSync(file);
			} catch (e) {
				throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code})`);
			}
			if (!stat.isFile()) throw new InputError(`${file}: not a regular file`);
			if (stat.size > MAX_INPUT_BYTES)
				throw new InputError(
					`${file}: ${stat.size} bytes is over the limit of 8 MB (${MAX_INPUT_BYTES} bytes)`
				);
			bytes = fs.readFileSync(file);
		} else bytes = readAll(0);
		text = decodeInput(bytes, file ?? 'standard input');
	} catch (e) {
		if (e instanceof InputError) {
			process.stderr.write(`geoparse: ${e.message}\n`);
			return 1;
		}
		throw e;
	}
	text = text.replace(/^\uFEFF/, '');
	if (geojson) {
		const dataset = buildDataset(readDataFiles());
		const mentions = geoparse(text, gazetteerIndex(dataset.places.values()));
		process.stdout.write(
			JSON.stringify(placesFound(text, mentions, dataset.places), null, '\t') + '\n'
		);
		return 0;
	}
	const index = loadGazetteerIndex();
	const source = file ? path.basename(file) : 'stdin';
	const collection = toAnnotationCollection(text, geoparse(text, index), { source });
	if (published) {
		const dates = toDateAnnotations(text, resolveDates(text, published), { source }).first.items;
		collection.first.items.push(...(dates as unknown as (typeof collection.first.items)[number][]));
		collection.total = collection.first.items.length;
	}
	process.stdout.write(JSON.stringify(collection, null, '\t') + '\n');
	return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2));
}
