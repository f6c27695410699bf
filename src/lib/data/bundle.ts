/**
 * The bundle the paste page exports for publishing (one JSON file) and `npm run add-article`
 * reads: the text as paragraphs, its metadata, and the reviewer's corrections to the geoparser, in
 * the shape of corrections.json, counted in the paragraphs joined by a blank line. Validated here,
 * at the data boundary, like every file that becomes an article.
 */
import * as v from 'valibot';
import { CorrectionsSchema } from '../geoparse/corrections';
import { ISO_DATE_TIME } from './schema';

export const BUNDLE_FORMAT = 'khareeta-article-bundle';
export const BUNDLE_VERSION = 1;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));

export const BundleSchema = v.object({
	format: v.literal(BUNDLE_FORMAT, `expected "${BUNDLE_FORMAT}"`),
	version: v.literal(BUNDLE_VERSION, `expected version ${BUNDLE_VERSION}`),
	about: v.optional(v.string()),
	metadata: v.object({
		title: nonEmpty,
		outlet: nonEmpty,
		/** The outlet's English name, when `outlet` is its Arabic one. */
		outlet_en: v.optional(nonEmpty),
		published: ISO_DATE_TIME,
		url: v.optional(v.pipe(v.string(), v.url('expected a URL (https://…)'))),
		licence: v.optional(nonEmpty)
	}),
	paragraphs: v.pipe(v.array(nonEmpty), v.minLength(1, 'expected at least one paragraph')),
	corrections: CorrectionsSchema
});
export type ArticleBundle = v.InferOutput<typeof BundleSchema>;

export class BundleError extends Error {}

/** The bundle, validated; the error names every field that is wrong. */
export function parseBundle(json: unknown, file: string): ArticleBundle {
	const parsed = v.safeParse(BundleSchema, json);
	if (parsed.success) return parsed.output;
	throw new BundleError(
		parsed.issues.map((i) => `${file}: ${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('\n')
	);
}

/** Whether a parsed JSON value claims to be a bundle (to say "a bundle, but broken"). */
export const looksLikeBundle = (json: unknown): boolean =>
	typeof json === 'object' &&
	json !== null &&
	(json as { format?: unknown }).format === BUNDLE_FORMAT;
