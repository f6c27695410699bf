import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { plainText } from '../src/lib/article/plain-text';
import { EventsFileSchema } from '../src/lib/time/events-schema';
import { resolveDates } from '../src/lib/time/resolve-dates';
import { eventSlugs, eventsFor } from './build-events';
import { ROOT } from './lib-files';

const SLUG = 'us-pauses-isis-operations-2022-12-03';
const DIR = path.join(ROOT, 'geodata/articles', SLUG);
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));

describe('committed events are current', () => {
	for (const slug of eventSlugs()) {
		it(`${slug}: regenerating events.json gives the committed file byte for byte`, () => {
			const committed = fs.readFileSync(
				path.join(ROOT, 'geodata/articles', slug, 'events.json'),
				'utf8'
			);
			expect(eventsFor(slug), 'run `npx tsx scripts/build-events.ts` and commit the result').toBe(
				committed
			);
		});
	}
});

describe('the seed article’s dates', () => {
	const article = readJson('article.json');
	const text = plainText(article.blocks);
	const found = resolveDates(text, article.published);
	// Where the article's words are (clitic and preposition included), what FACTS.md says they mean.
	const facts: [string, string][] = [
		['اليوم السبت', '2022-12-03'],
		['الأربعاء الماضي', '2022-11-30'],
		['والخميس', '2022-12-01'],
		['في الـ 23 من الشهر الماضي', '2022-11-23']
	];
	for (const [words, value] of facts) {
		it(`"${words}" resolves to ${value}`, () => {
			const at = text.indexOf(words);
			expect(at).toBeGreaterThan(-1);
			const hit = found.find((d) => d.start < at + words.length && at < d.end);
			expect(hit?.value).toBe(value);
			expect(text.slice(hit!.start, hit!.end)).toBe(hit!.quote);
		});
	}
	it('does not take اليومي ("daily") for today', () => {
		expect(found.map((d) => d.quote)).toEqual([
			'2022.12.03',
			'اليوم السبت',
			'الأربعاء الماضي',
			'الخميس',
			'الـ 23 من الشهر الماضي'
		]);
	});
});

describe('events.json', () => {
	const file = readJson('events.json');
	const text = plainText(readJson('article.json').blocks);

	it('passes its schema', () => {
		expect(v.safeParse(EventsFileSchema, file).issues).toBeUndefined();
	});
	it('keeps context apart from what the article says', () => {
		const context = file.events.filter((e: { kind: string }) => e.kind === 'context');
		expect(context.map((e: { id: string; date: string }) => [e.id, e.date])).toEqual([
			['e-2022-01-20-al-sinaa-prison-attack', '2022-01-20/2022-01-30'],
			['e-2022-11-13-istiklal-bombing', '2022-11-13'],
			['e-2022-11-20-operation-claw-sword', '2022-11-20'],
			['e-2022-12-08-pause-ends', '2022-12-08/2022-12-09']
		]);
		for (const e of context) {
			expect(e.expression).toBeNull();
			expect(e.sentence).toBeNull();
			expect(e.sources.length).toBeGreaterThan(0);
		}
	});
	it('points article events at their words and their sentence', () => {
		for (const e of file.events.filter((x: { kind: string }) => x.kind === 'article')) {
			const sentence = text.slice(e.sentence.start, e.sentence.end);
			if (e.expression) {
				expect(text.slice(e.expression.start, e.expression.end)).toBe(e.expression.quote);
				expect(sentence).toContain(e.expression.quote);
			}
			for (const m of e.mentions) {
				expect(m.start).toBeGreaterThanOrEqual(e.sentence.start);
				expect(m.end).toBeLessThanOrEqual(e.sentence.end);
			}
		}
		const strikes = file.events.find(
			(e: { id: string }) => e.id === 'e-2022-11-23-sdf-suspend-joint-operations'
		);
		expect(strikes.places).toContain('al-hol-camp');
	});
});

describe('build-events guards the review', () => {
	function scratchRoot(edit: (reviewed: { unused_expressions: unknown[] }) => void): string {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'khareeta-events-'));
		const dir = path.join(root, 'geodata/articles', SLUG);
		fs.mkdirSync(dir, { recursive: true });
		fs.cpSync(path.join(ROOT, 'geodata/places'), path.join(root, 'geodata/places'), {
			recursive: true
		});
		for (const f of ['article.json', 'annotations.json'])
			fs.copyFileSync(path.join(DIR, f), path.join(dir, f));
		const reviewed = readJson('events-reviewed.json');
		edit(reviewed);
		fs.writeFileSync(path.join(dir, 'events-reviewed.json'), JSON.stringify(reviewed));
		return root;
	}

	it('fails, naming it, on a found expression that no event uses', () => {
		const root = scratchRoot((r) => (r.unused_expressions = []));
		try {
			expect(() => eventsFor(SLUG, root)).toThrow(/"2022\.12\.03"/);
		} finally {
			fs.rmSync(root, { recursive: true, force: true });
		}
	});
});
