/**
 * A pasted text in a link, with no server: the text, UTF-8, compressed (CompressionStream
 * 'deflate-raw') and base64url-encoded in the URL fragment, `#t=…`. The fragment never leaves the
 * browser, so the text is not uploaded when the link is opened.
 */
import { MAX_TEXT_BYTES } from './paste-article';

/** Longest fragment a link may carry: beyond it, some browsers, chat apps and mailers cut links. */
export const MAX_FRAGMENT = 32 * 1024;
const PREFIX = '#t=';

export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** @throws Error when the string is not base64url. */
export function fromBase64Url(s: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not base64url');
	const binary = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		// A small fragment can inflate to gigabytes: stop at the page's limit.
		if (total > limit) {
			await reader.cancel();
			throw new RangeError(`more than ${limit} bytes`);
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

const through = (bytes: Uint8Array, transform: CompressionStream | DecompressionStream) =>
	new Blob([bytes as BlobPart]).stream().pipeThrough(transform);

/**
 * The fragment (`#t=…`) that carries `text`.
 *
 * @example await encodeFragment('دمشق') // '#t=…' (base64url of the deflated UTF-8)
 */
export async function encodeFragment(text: string): Promise<string> {
	const bytes = new TextEncoder().encode(text);
	const packed = await readAll(through(bytes, new CompressionStream('deflate-raw')), Infinity);
	return PREFIX + toBase64Url(packed);
}

/** Whether a location hash carries a text. */
export const hasText = (hash: string) => hash.startsWith(PREFIX);

/**
 * The text a fragment carries.
 *
 * @throws Error with a message for the reader when the fragment is damaged or too large.
 */
export async function decodeFragment(hash: string, limit = MAX_TEXT_BYTES): Promise<string> {
	if (!hasText(hash)) throw new Error('no text in this link');
	let packed: Uint8Array;
	try {
		packed = fromBase64Url(hash.slice(PREFIX.length));
	} catch {
		throw new Error('the link is damaged (not base64url)');
	}
	let bytes: Uint8Array;
	try {
		bytes = await readAll(through(packed, new DecompressionStream('deflate-raw')), limit);
	} catch (e) {
		if (e instanceof RangeError) throw new Error('the text in the link is over the 2 MB limit');
		throw new Error('the link is damaged (cannot be decompressed)');
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Error('the link is damaged (not UTF-8 text)');
	}
}
