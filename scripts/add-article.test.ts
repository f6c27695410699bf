import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, outletNames, parseArgs, UsageError } from './add-article';
import { buildFixtures, FIXTURE_ARTICLES, FIXTURE_INPUTS } from './build-fixtures';
import { ROOT } from './lib-files';

const TEXT = path.join(FIXTURE_INPUTS, 'caravan.txt');
const OK = ['--published=2024-03-16T09:30:00+03:00', '--outlet=Fixture Wire', '--fixture'];

let collection: string;
let tmp: string;
let out: string;
let err: string;
beforeEach(() => {
	tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'add-article-'));
	collection = path.join(tmp, 'articles');
	fs.mkdirSync(collection);
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => {
	vi.restoreAllMocks();
	fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every file under `dir`, relative path → content. */
function tree(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else files[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
		}
	};
	walk(dir);
	return files;
}

const run = (...args: string[]) => main([...args, `--collection=${collection}`]);
const input = (name: string, content: string | Buffer) => {
	const file = path.join(tmp, name);
	fs.writeFileSync(file, content);
	return file;
};

describe('the fixture articles are current', () => {
	it('add-article on tests/fixtures/inputs gives the committed tests/fixtures/articles byte for byte', () => {
		buildFixtures(collection);
		expect(
			tree(collection),
			'run `npx tsx scripts/build-fixtures.ts` and commit the result'
		).toEqual(tree(FIXTURE_ARTICLES));
	});
});

describe('add-article', () => {
	it('writes the folder the seed article has, through the data boundary, and prints the review', () => {
		expect(run(TEXT, ...OK)).toBe(0);
		const [slug] = fs.readdirSync(collection);
		expect(slug).toMatch(/^article-2024-03-16-[0-9a-f]{6}$/);
		expect(Object.keys(tree(path.join(collection, slug))).sort()).toEqual([
			'annotations.json',
			'article.json',
			'corrections.json',
			'events.json'
		]);
		const article = JSON.parse(
			fs.readFileSync(path.join(collection, slug, 'article.json'), 'utf8')
		);
		expect(article.blocks[0]).toEqual({
			id: 'title',
			type: 'title',
			text: 'نص اختباري: قافلة كتب متنقلة تصل إلى حمص'
		});
		expect(article.fixture).toBe(true);
		// The review: each place with its mentions and confidence.
		// Homs: a city, 3 mentions, the geoparser's confidence and its evidence.
		expect(out).toMatch(/^[ !] homs\s+city\s+3\s+(0\.\d\d|1\.00)\s+\w/m);
		expect(out).toContain('«يوم الخميس الماضي» → 2024-03-14');
	});

	it('gives identical files when run again on the same input', () => {
		expect(run(TEXT, ...OK)).toBe(0);
		const first = tree(collection);
		expect(run(TEXT, ...OK, '--force')).toBe(0);
		expect(tree(collection)).toEqual(first);
	});

	it('refuses an existing slug unless --force, and then replaces it', () => {
		expect(run(TEXT, ...OK, '--slug=caravan')).toBe(0);
		const before = tree(collection);
		expect(run(TEXT, ...OK, '--slug=caravan', '--licence=CC BY 4.0')).toBe(1);
		expect(err).toMatch(/caravan exists: give another --slug, or --force to replace it/);
		expect(tree(collection)).toEqual(before);
		expect(run(TEXT, ...OK, '--slug=caravan', '--licence=CC BY 4.0', '--force')).toBe(0);
		const after = JSON.parse(tree(collection)['caravan/article.json']);
		expect(after.licence).toBe('CC BY 4.0');
		expect(fs.readdirSync(collection)).toEqual(['caravan']);
	});

	it('reads an HTML page through a parser and Readability: the body without the chrome', () => {
		const args = ['--published=2023-03-05T12:00:00+03:00', '--outlet=x', '--fixture'];
		expect(run(path.join(FIXTURE_INPUTS, 'river-festival.html'), ...args, '--slug=river')).toBe(0);
		const article = JSON.parse(tree(collection)['river/article.json']);
		const text = article.blocks.map((b: { text: string }) => b.text).join('\n');
		expect(article.blocks[0].text).toBe('نص اختباري: مهرجان متخيل على ضفاف دجلة');
		expect(article.blocks.map((b: { type: string }) => b.type)).toEqual([
			'title',
			'paragraph',
			'paragraph',
			'heading',
			'paragraph',
			'caption'
		]);
		for (const chrome of ['الرئيسية', 'شارك على الشبكات', 'اقرأ أيضاً', 'جميع الحقوق', 'tracking'])
			expect(text).not.toContain(chrome);
	});

	it("applies a bundle's corrections: the removed match is gone, the linked name is there", () => {
		expect(run(path.join(FIXTURE_INPUTS, 'coast.khareeta.json'), '--fixture', '--slug=coast')).toBe(
			0
		);
		const files = tree(collection);
		const article = JSON.parse(files['coast/article.json']);
		expect(article.outlet).toEqual({ ar: 'وكالة الاختبار', en: 'Fixture Wire' });
		expect(article.blocks.filter((b: { type: string }) => b.type === 'title')).toHaveLength(1);
		const items = JSON.parse(files['coast/annotations.json']).first.items as {
			body: { source: string };
			target: { selector: [unknown, { exact: string }] };
		}[];
		const found = items.map((a) => [a.target.selector[1].exact, a.body.source]);
		expect(found).toContainEqual(['الشهباء', 'aleppo']);
		expect(found.map(([, p]) => p)).not.toContain('al-hasakah');
		// The ambiguous Tripoli is flagged for a human look, with the place it could also be.
		expect(out).toMatch(/^! tripoli-lebanon .* 0\.\d\d .*tripoli-libya \(0\.\d\d\)/m);
		expect(out).toMatch(
			/^ {2}! tripoli-lebanon at \d+–\d+ «…[^»]*\[طرابلس\][^»]*»: [^\n]*ambiguous/m
		);
		expect(out).toContain('Removed in review:\n  «الحسكة» at 333 (was al-hasakah)');
	});

	it('the command-line options win over the bundle’s, and --outlet-en names a new outlet', () => {
		const bundle = path.join(FIXTURE_INPUTS, 'coast.khareeta.json');
		expect(run(bundle, '--fixture', '--slug=c', '--outlet=جريدة', '--outlet-en=Paper')).toBe(0);
		expect(JSON.parse(tree(collection)['c/article.json']).outlet).toEqual({
			ar: 'جريدة',
			en: 'Paper'
		});
	});
});

describe('add-article: bad input gets a clear error and writes nothing', () => {
	const cases: [string, () => string[], number, RegExp][] = [
		[
			'empty text',
			() => [input('e.txt', '  \n\n '), ...OK],
			1,
			/empty \(there is no text to add\)/
		],
		[
			'not UTF-8',
			() => [input('l.txt', Buffer.from([0x63, 0xe9, 0x74, 0xe9])), ...OK],
			1,
			/not UTF-8 text/
		],
		[
			'binary',
			() => [input('b.txt', Buffer.from([0x41, 0x00, 0x42, 0x01])), ...OK],
			1,
			/binary, not text/
		],
		[
			'over the size limit',
			() => [input('big.txt', Buffer.alloc(9 * 1024 * 1024, 'دمشق ')), ...OK],
			1,
			/over the limit of 8 MB/
		],
		[
			'a text over 2 MB once read',
			() => [input('t.txt', 'دمشق\n\n' + 'ب'.repeat(1_100_000)), ...OK],
			1,
			/too large.*2 MB/
		],
		[
			'no date',
			() => [TEXT, '--outlet=x', '--fixture'],
			2,
			/no publication date: give --published/
		],
		[
			'a date without its offset',
			() => [TEXT, '--published=2024-03-16T09:30', '--outlet=x'],
			2,
			/expected an ISO 8601 date-time with its offset/
		],
		[
			'a date that does not exist',
			() => [TEXT, '--published=2024-02-30T09:30:00+03:00', '--outlet=x'],
			2,
			/expected a real date and time/
		],
		['no outlet', () => [TEXT, '--published=2024-03-16T09:30:00+03:00'], 2, /no outlet/],
		['an unknown option', () => [TEXT, ...OK, '--author=x'], 2, /unknown option --author/],
		['a bad slug', () => [TEXT, ...OK, '--slug=Not A Slug'], 2, /expected kebab-case/],
		[
			'a JSON file that is not a bundle',
			() => [input('x.json', '{"a":1}'), ...OK],
			1,
			/not a bundle from the paste page/
		],
		[
			'a broken bundle',
			() => [
				input(
					'x.json',
					JSON.stringify({
						format: 'khareeta-article-bundle',
						version: 1,
						metadata: { title: 't', outlet: 'o', published: 'yesterday' },
						paragraphs: [],
						corrections: { add: [], remove: [] }
					})
				),
				...OK
			],
			1,
			/metadata\.published: expected an ISO 8601[\s\S]*paragraphs: expected at least one paragraph/
		],
		[
			'a bundle whose corrections do not fit its text',
			() => [
				input(
					'x.json',
					JSON.stringify({
						format: 'khareeta-article-bundle',
						version: 1,
						metadata: { title: 'عنوان', outlet: 'o', published: '2024-01-01T10:00:00+03:00' },
						paragraphs: ['في دمشق'],
						corrections: { add: [], remove: [{ quote: 'حلب', reason: 'x' }] }
					})
				),
				...OK
			],
			1,
			/remove #0 "حلب": the geoparser reports no such mention/
		],
		[
			'no Arabic',
			() => [input('en.txt', 'Title\n\nAn English text about Damascus.'), ...OK],
			1,
			/no Arabic text/
		],
		['a missing file', () => [path.join(tmp, 'nope.txt'), ...OK], 1, /cannot read \(ENOENT\)/]
	];
	for (const [what, args, status, message] of cases)
		it(what, () => {
			expect(run(...args())).toBe(status);
			expect(err).toMatch(message);
			expect(fs.readdirSync(collection)).toEqual([]);
		});

	it('a fixture in the shipped collection: the data boundary refuses it', () => {
		const before = fs.readdirSync(path.join(ROOT, 'geodata/articles'));
		expect(main([TEXT, ...OK, '--collection=geodata/articles'])).toBe(1);
		expect(err).toMatch(/nothing was written[\s\S]*fixture: a fixture is not news/);
		expect(fs.readdirSync(path.join(ROOT, 'geodata/articles'))).toEqual(before);
	});
});

describe('parseArgs and outletNames', () => {
	it('takes --name value and --name=value, and refuses a value-less option', () => {
		expect(parseArgs(['a.txt', '--outlet', 'x', '--url=https://e.org/a']).url).toBe(
			'https://e.org/a'
		);
		expect(() => parseArgs(['a.txt', '--outlet'])).toThrow(UsageError);
		expect(() => parseArgs(['a.txt', 'b.txt'])).toThrow(/one file/);
		expect(() => parseArgs(['a.txt', '--force=yes'])).toThrow(/takes no value/);
	});
	it('an outlet the collection knows keeps its names in both languages', () => {
		const known = [{ ar: 'تلفزيون سوريا', en: 'Syria TV' }];
		expect(outletNames('syria tv', undefined, known)).toEqual(known[0]);
		expect(outletNames('تلفزيون سوريا', undefined, known)).toEqual(known[0]);
		expect(outletNames('جريدة', 'Paper', known)).toEqual({ ar: 'جريدة', en: 'Paper' });
	});
});
