/**
 * The bundle the paste page downloads after review ("prepare for publishing"): the text as
 * paragraphs, the form's metadata and the review's corrections (src/lib/data/bundle.ts reads it
 * back). Pure, so the browser and the tests build the same file.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ArticleBundle } from '../data/bundle';
import type { ReviewedMention } from '../geoparse/corrections';
import type { Mention } from '../geoparse/geoparse';
import { reviewCorrections } from './review-corrections';

export interface PublishMetadata {
	title: string;
	outlet: string;
	/** The outlet's English name, if `outlet` is in Arabic. */
	outletEn?: string;
	/** ISO 8601 date-time with its offset. */
	published: string;
	url?: string;
	licence?: string;
}

export function articleBundle(
	text: string,
	geoparsed: readonly Pick<Mention, 'start' | 'end' | 'place'>[],
	reviewed: readonly ReviewedMention[],
	metadata: PublishMetadata
): ArticleBundle {
	const clean = (s?: string) => (s?.trim() ? s.trim() : undefined);
	return {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		about:
			"Exported by Khareeta's paste page for publishing. Add it to the collection with: npm run add-article -- <this file>",
		metadata: {
			title: metadata.title.trim(),
			outlet: metadata.outlet.trim(),
			...(clean(metadata.outletEn) ? { outlet_en: clean(metadata.outletEn) } : {}),
			published: metadata.published,
			...(clean(metadata.url) ? { url: clean(metadata.url) } : {}),
			...(clean(metadata.licence) ? { licence: clean(metadata.licence) } : {})
		},
		paragraphs: text.split('\n\n'),
		corrections: reviewCorrections(text, geoparsed, reviewed)
	};
}

/** A file name for the bundle: its date and a few Latin letters of its outlet. */
export function bundleFileName(metadata: Pick<PublishMetadata, 'published' | 'outlet'>): string {
	const outlet = metadata.outlet
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${[metadata.published.slice(0, 10), outlet].filter(Boolean).join('-')}.khareeta.json`;
}
