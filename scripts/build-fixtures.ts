/**
 * Regenerates the tests' fixture articles (tests/fixtures/articles/<slug>/) from their inputs
 * (tests/fixtures/inputs/: a plain text, an HTML page and a paste-page bundle) with
 * `npm run add-article`, each marked as a fixture. Written for the tests, never news: the shipped
 * site does not read them (only `npm run build:test` adds the folder). Re-runnable: the same
 * inputs and gazetteer give the same bytes, and a test checks that the committed files are current.
 *   npx tsx scripts/build-fixtures.ts
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { addArticle, parseArgs } from './add-article';
import { ROOT } from './lib-files';

export const FIXTURE_INPUTS = path.join(ROOT, 'tests/fixtures/inputs');
export const FIXTURE_ARTICLES = path.join(ROOT, 'tests/fixtures/articles');
const LICENCE = "CC0 1.0: written for Khareeta's tests";

/** Each fixture: its input file and the command line's options. */
export const FIXTURES: { input: string; args: string[] }[] = [
	{
		input: 'caravan.txt',
		args: [
			'--published=2024-03-16T09:30:00+03:00',
			'--outlet=وكالة الاختبار',
			'--outlet-en=Fixture Wire',
			'--slug=fixture-book-caravan-2024-03-16',
			`--licence=${LICENCE}`
		]
	},
	{
		input: 'river-festival.html',
		args: [
			'--published=2023-03-05T12:00:00+03:00',
			'--outlet=صحيفة الاختبار',
			'--outlet-en=Fixture Daily',
			'--url=https://example.org/fixtures/river-festival',
			'--slug=fixture-river-festival-2023-03-05',
			`--licence=${LICENCE}`
		]
	},
	{ input: 'coast.khareeta.json', args: ['--slug=fixture-calligraphy-coast-2024-11-20'] }
];

/** Writes every fixture into `collection` (an existing folder). */
export function buildFixtures(collection = FIXTURE_ARTICLES) {
	return FIXTURES.map(({ input, args }) =>
		addArticle(
			parseArgs([
				path.join(FIXTURE_INPUTS, input),
				...args,
				`--collection=${collection}`,
				'--fixture',
				'--force'
			])
		)
	);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const { dir, prepared } of buildFixtures())
		console.log(
			`${path.relative(ROOT, dir)}: ${prepared.review.rows.length} places, ${prepared.review.dates.length} dates`
		);
}
