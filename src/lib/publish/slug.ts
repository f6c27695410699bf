/**
 * A slug for an imported article when none is given: Latin words of its title or of its source
 * URL's last path segment, then its publication date ("us-pauses-isis-operations-2022-12-03");
 * for an Arabic title and no such URL, "article-<date>-<6 hex digits of its text's hash>". The
 * same input always gives the same slug.
 *
 * @example slugFor({ title: 'خبر', url: 'https://x.org/news/us-pauses-isis-ops', published: '2022-12-03T11:14:00+03:00', text: 'خبر' })
 * // 'us-pauses-isis-ops-2022-12-03'
 */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const MAX_WORDS = 8;

function latinWords(s: string): string[] {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/** 32-bit FNV-1a of the text's UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

function lastSegment(url: string | undefined): string {
	if (!url) return '';
	try {
		const parts = new URL(url).pathname.split('/').filter(Boolean);
		return decodeURIComponent(parts[parts.length - 1] ?? '').replace(/\.[a-z0-9]+$/i, '');
	} catch {
		return '';
	}
}

export function slugFor({
	title,
	url,
	published,
	text
}: {
	title: string;
	url?: string;
	published: string;
	text: string;
}): string {
	const date = published.slice(0, 10);
	for (const source of [title, lastSegment(url)]) {
		// Words, not an id: at least two, and not all digits.
		const words = latinWords(source).filter((w) => w !== date.replace(/-/g, ''));
		if (words.length >= 2 && words.some((w) => /[a-z]/.test(w)))
			return [...words.slice(0, MAX_WORDS), date]
				.join('-')
				.replace(/(-\d{4}-\d{2}-\d{2}){2}$/, `-${date}`);
	}
	return `article-${date}-${fnv1a(text).slice(0, 6)}`;
}
