/**
 * What `npm run add-article` accepts, read and recognised: the paste page's bundle (JSON), an HTML
 * page (a real parser and Readability find the article body), or plain UTF-8 text. Every problem
 * is an InputError that names the file and says what is wrong; nothing is written then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkText } from '../../src/lib/article/paste-article';
import { plainText } from '../../src/lib/article/plain-text';
import { BundleError, looksLikeBundle, parseBundle } from '../../src/lib/data/bundle';
import type { Corrections } from '../../src/lib/geoparse/corrections';
import { HtmlImportError, htmlArticle } from '../../src/lib/publish/import-html';
import type { ImportedArticle } from '../../src/lib/publish/imported';
import { textArticle } from '../../src/lib/publish/import-text';

/** Largest file accepted: 8 MB (an HTML page carries much more than its text). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export class InputError extends Error {}

export type InputKind = 'text' | 'html' | 'bundle';

export interface ReadInput {
	kind: InputKind;
	imported: ImportedArticle;
	/** What the bundle's form gave (the command line's options win over it). */
	metadata: {
		title?: string;
		outlet?: string;
		outlet_en?: string;
		published?: string;
		url?: string;
		licence?: string;
	};
	/** The review's corrections, counted in the body's text (the blocks without the title). */
	corrections: Pick<Corrections, 'add' | 'remove'>;
}

const HTML = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;

/** UTF-8 text (a byte-order mark dropped), or an InputError saying why the bytes are not. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
	if (bytes.length > MAX_FILE_BYTES)
		throw new InputError(
			`${name}: ${bytes.length} bytes is over the limit of 8 MB (${MAX_FILE_BYTES} bytes)`
		);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${name}: not UTF-8 text (save it as UTF-8 and try again)`);
	}
	// eslint-disable-next-line no-control-regex -- NUL and other C0 controls say "binary, not text"
	if (/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text))
		throw new InputError(`${name}: binary, not text (it contains control characters such as NUL)`);
	return text;
}

function fromBundle(text: string, name: string): ReadInput | null {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return null;
	}
	if (!looksLikeBundle(json))
		throw new InputError(
			`${name}: a JSON file, but not a bundle from the paste page (expected "format": "khareeta-article-bundle")`
		);
	try {
		const bundle = parseBundle(json, name);
		return {
			kind: 'bundle',
			imported: {
				title: bundle.metadata.title,
				blocks: bundle.paragraphs.map((p) => ({ type: 'paragraph', text: p }))
			},
			metadata: bundle.metadata,
			corrections: bundle.corrections
		};
	} catch (e) {
		if (e instanceof BundleError) throw new InputError(e.message);
		throw e;
	}
}

/** Reads `file`, recognises its kind, and extracts the article. */
export function readInput(file: string, title?: string): ReadInput {
	const name = file;
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch (e) {
		throw new InputError(`${name}: cannot read (${(e as NodeJS.ErrnoException).code})`);
	}
	if (!stat.isFile()) throw new InputError(`${name}: not a regular file`);
	if (stat.size > MAX_FILE_BYTES)
		throw new InputError(
			`${name}: ${stat.size} bytes is over the limit of 8 MB (${MAX_FILE_BYTES} bytes)`
		);
	const text = decodeUtf8(fs.readFileSync(file), name).replace(/^\uFEFF/, '');
	if (!text.trim()) throw new InputError(`${name}: empty (there is no text to add)`);

	let read: ReadInput | null = /^\s*[{[]/.test(text) ? fromBundle(text, name) : null;
	if (!read && (HTML.test(text) || /\.x?html?$/i.test(path.extname(file)))) {
		try {
			read = { kind: 'html', imported: htmlArticle(text, title), metadata: {}, corrections: EMPTY };
		} catch (e) {
			if (e instanceof HtmlImportError) throw new InputError(`${name}: ${e.message}`);
			throw e;
		}
	}
	read ??= { kind: 'text', imported: textArticle(text, title), metadata: {}, corrections: EMPTY };
	if (title !== undefined) read.imported = { ...read.imported, title: title.trim() };
	checkArticle(read.imported, name);
	return read;
}

const EMPTY = { add: [], remove: [] };

/** The limits the reader page keeps (paste-article.ts), and Arabic to read. */
function checkArticle(imported: ImportedArticle, name: string): void {
	const body = plainText(imported.blocks);
	const problem = checkText([imported.title, body].filter(Boolean).join('\n\n'));
	if (problem) throw new InputError(`${name}: ${problem.en}`);
	if (!imported.title) throw new InputError(`${name}: no title (give one with --title)`);
	if (!/[\u0600-\u06ff]/.test(imported.title + body))
		throw new InputError(
			`${name}: no Arabic text in it: Khareeta's geoparser reads Arabic news (was the right file given?)`
		);
}
