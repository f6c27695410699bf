/**
 * Adds an article to the collection in one step:
 *   npm run add-article -- <file> --published <ISO date-time with offset> --outlet <name>
 *     [--url <source URL>] [--title <title>] [--slug <slug>] [--licence <text>] [--force]
 *
 * The file is plain UTF-8 text, an HTML page, or the bundle the paste page exports. It writes
 * geodata/articles/<slug>/ as the seed article is stored (article.json, corrections.json,
 * annotations.json from the geoparser with the corrections applied, events.json from the date
 * resolver), after the data boundary (src/lib/data) has accepted the whole folder; then prints the
 * review of its places. On any problem it says what is wrong and writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { keyOf, readArticles, readGeodata } from '../src/lib/data/collection-files';
import { buildDataset } from '../src/lib/data/dataset';
import { DataValidationError } from '../src/lib/data/errors';
import { ISO_DATE_TIME } from '../src/lib/data/schema';
import { CorrectionError } from '../src/lib/geoparse/corrections';
import { formatReview } from '../src/lib/publish/review-table';
import { SLUG } from '../src/lib/publish/slug';
import { prepareArticle, type Prepared } from './add-article/prepare';
import { InputError, readInput } from './add-article/read-input';
import { gazetteer } from './build-annotations';
import { ROOT } from './lib-files';

export const USAGE = `Usage: npm run add-article -- <file> --published <ISO date-time with offset> --outlet <name>
         [--outlet-en <name>] [--url <source URL>] [--title <title>] [--slug <slug>]
         [--licence <text>] [--force] [--collection <folder>] [--fixture]

Adds an Arabic news article to the collection: geodata/articles/<slug>/ with its text and metadata
(article.json), the review's corrections (corrections.json), the places it mentions
(annotations.json) and the dates it gives (events.json). Prints each place with its mentions, the
geoparser's confidence and alternatives, and flags with ! what needs a human look.

<file>         plain UTF-8 text (paragraphs separated by blank lines, the first line is the title
               unless --title), an HTML page (the article body is extracted), or the bundle the
               paste page (/map-your-article) downloads with "prepare for publishing"
--published    the publication date and time with its offset, e.g. 2022-12-03T11:14:00+03:00
               (a bundle carries it)
--outlet       who published it, e.g. "تلفزيون سوريا" or "Syria TV" (a bundle carries it); an
               outlet the collection already has keeps its names in both languages
--outlet-en    its English name, for a new outlet named in Arabic
--url          the original's address
--title        the title, when the text's first line is not it
--slug         the folder's name (kebab-case); by default from the title or URL and the date
--licence      under what terms it may be shown ("CC BY 4.0", "© Outlet, quoted for analysis")
--force        replace an article of the same slug
--collection   the collection folder to write to (default geodata/articles)
--fixture      mark it as a fixture written for tests: never news (tests/fixtures/articles)

Exit status: 0 when written; 1 when the input, the data or an existing slug stops it (nothing is
written); 2 on a usage error (unknown option, missing or invalid date or outlet).`;

export class UsageError extends Error {}

export interface AddArgs {
	file: string;
	published?: string;
	outlet?: string;
	outletEn?: string;
	url?: string;
	title?: string;
	slug?: string;
	licence?: string;
	collection: string;
	force: boolean;
	fixture: boolean;
	help: boolean;
}

const VALUED = {
	published: 'published',
	outlet: 'outlet',
	'outlet-en': 'outletEn',
	url: 'url',
	title: 'title',
	slug: 'slug',
	licence: 'licence',
	collection: 'collection'
} as const;
const FLAGS = ['force', 'fixture', 'help'] as const;

/** The command line, or a UsageError naming what is wrong with it. */
export function parseArgs(argv: readonly string[]): AddArgs {
	const out: Partial<AddArgs> & { collection: string } = {
		collection: 'geodata/articles',
		force: false,
		fixture: false,
		help: false
	};
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--') continue;
		if (arg === '-h') {
			out.help = true;
			continue;
		}
		if (!arg.startsWith('--')) {
			files.push(arg);
			continue;
		}
		const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
		if ((FLAGS as readonly string[]).includes(name)) {
			if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
			out[name as (typeof FLAGS)[number]] = true;
		} else if (Object.hasOwn(VALUED, name)) {
			const value = inline ?? argv[++i];
			if (value === undefined || (inline === undefined && value.startsWith('--')))
				throw new UsageError(`--${name} needs a value`);
			out[VALUED[name as keyof typeof VALUED]] = value;
		} else throw new UsageError(`unknown option --${name}`);
	}
	if (out.help) return { ...out, file: files[0] ?? '' } as AddArgs;
	if (files.length !== 1)
		throw new UsageError(files.length ? 'expected one file, got several' : 'expected a file');
	return { ...out, file: files[0] } as AddArgs;
}

/** The outlet's names in both languages: an outlet the collection already has keeps its pair. */
export function outletNames(
	name: string,
	english: string | undefined,
	known: readonly { ar: string; en: string }[]
): { ar: string; en: string } {
	const n = name.trim().toLowerCase();
	const found = known.find(
		(o) => o.ar.trim().toLowerCase() === n || o.en.trim().toLowerCase() === n
	);
	if (found && (!english || found.en === english.trim())) return found;
	return { ar: name.trim(), en: english?.trim() || name.trim() };
}

function knownOutlets(dirs: string[]): { ar: string; en: string }[] {
	const out: { ar: string; en: string }[] = [];
	for (const [file, text] of Object.entries(readArticles(dirs, ROOT)).sort())
		if (file.endsWith('/article.json'))
			try {
				const outlet = JSON.parse(text).outlet;
				if (typeof outlet?.ar === 'string' && typeof outlet?.en === 'string') out.push(outlet);
			} catch {
				// A broken article is the data boundary's to report.
			}
	return out;
}

/** Writes the folder all at once: into a hidden sibling first, then renamed into place. */
function writeFolder(dir: string, files: Record<string, string>, replace: boolean): void {
	const tmp = path.join(path.dirname(dir), `.${path.basename(dir)}.new-${process.pid}`);
	const old = path.join(path.dirname(dir), `.${path.basename(dir)}.old-${process.pid}`);
	fs.mkdirSync(tmp, { recursive: true });
	try {
		for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(tmp, name), text);
		if (replace && fs.existsSync(dir)) fs.renameSync(dir, old);
		fs.renameSync(tmp, dir);
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
		fs.rmSync(old, { recursive: true, force: true });
	}
}

const gazetteers = new Map<string, ReturnType<typeof gazetteer>>();
/** The gazetteer and its index, built once per process (it takes seconds for the world's). */
export function gazetteerOnce(root: string) {
	let g = gazetteers.get(root);
	if (!g) gazetteers.set(root, (g = gazetteer(root)));
	return g;
}

export interface Added {
	dir: string;
	prepared: Prepared;
}

/** Everything but printing: the article's folder, written, or an error (nothing written). */
export function addArticle(args: AddArgs): Added {
	const input = readInput(args.file, args.title);
	const published = args.published ?? input.metadata.published;
	if (!published)
		throw new UsageError(
			'no publication date: give --published <ISO date-time with offset>, e.g. 2022-12-03T11:14:00+03:00'
		);
	const date = v.safeParse(ISO_DATE_TIME, published);
	if (!date.success) throw new UsageError(`--published "${published}": ${date.issues[0].message}`);
	const outlet = args.outlet ?? input.metadata.outlet;
	if (!outlet?.trim()) throw new UsageError('no outlet: give --outlet <name>');
	const url = args.url ?? input.metadata.url;
	if (url !== undefined && !v.safeParse(v.pipe(v.string(), v.url()), url).success)
		throw new UsageError(`--url "${url}" is not a URL (https://…)`);
	if (args.slug !== undefined && !SLUG.test(args.slug))
		throw new UsageError(
			`--slug "${args.slug}": expected kebab-case, e.g. us-pauses-isis-2022-12-03`
		);
	const licence = (args.licence ?? input.metadata.licence)?.trim() || undefined;

	const collection = path.resolve(args.collection);
	if (!fs.existsSync(collection)) throw new InputError(`--collection: no folder ${collection}`);
	const { index, places } = gazetteerOnce(ROOT);
	const prepared = prepareArticle(
		input,
		args.file,
		{
			published,
			outlet: outletNames(
				outlet,
				args.outletEn ?? input.metadata.outlet_en,
				knownOutlets([...new Set(['geodata/articles', collection])])
			),
			url,
			slug: args.slug,
			licence,
			fixture: args.fixture
		},
		index,
		places
	);
	const dir = path.join(collection, prepared.slug);
	if (fs.existsSync(dir) && !args.force)
		throw new InputError(
			`${keyOf(ROOT, dir)} exists: give another --slug, or --force to replace it`
		);
	// The data boundary sees the new folder as the build will.
	const key = keyOf(ROOT, dir);
	buildDataset({
		...readGeodata(ROOT),
		...Object.fromEntries(Object.entries(prepared.files).map(([n, t]) => [`${key}/${n}`, t]))
	});
	writeFolder(dir, prepared.files, args.force);
	return { dir, prepared };
}

export function main(argv: string[]): number {
	let args: AddArgs;
	try {
		args = parseArgs(argv);
		if (args.help) {
			process.stdout.write(USAGE + '\n');
			return 0;
		}
		const { dir, prepared } = addArticle(args);
		const where = keyOf(ROOT, dir);
		process.stdout.write(
			`Wrote ${where}/ (${Object.keys(prepared.files).join(', ')}): "${prepared.slug}".\n\n` +
				formatReview(prepared.text, prepared.review) +
				`\n\nTo correct a place: paste the text on /map-your-article, fix it there and export the bundle` +
				` (then add-article it with --force), or edit ${where}/corrections.json and run` +
				` npx tsx scripts/build-annotations.ts && npx tsx scripts/build-events.ts.\n` +
				`To see it: npm run build (or npm start), then open /articles/${prepared.slug}.\n`
		);
		return 0;
	} catch (e) {
		const problem =
			e instanceof DataValidationError
				? `the data boundary refused the article, nothing was written:\n${e.message}`
				: (e as Error).message;
		if (e instanceof UsageError) {
			process.stderr.write(`add-article: ${problem}\n\n${USAGE}\n`);
			return 2;
		}
		if (
			e instanceof InputError ||
			e instanceof DataValidationError ||
			e instanceof CorrectionError
		) {
			process.stderr.write(`add-article: ${problem}\n`);
			return 1;
		}
		throw e;
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = main(process.argv.slice(2));
}
