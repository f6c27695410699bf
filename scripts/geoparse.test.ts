import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput, InputError, MAX_INPUT_BYTES } from './geoparse';
import { ROOT } from './lib-files';

const run = (args: string[], input?: string | Buffer) =>
	spawnSync(
		process.execPath,
		['--import', 'tsx', path.join(ROOT, 'scripts/geoparse.ts'), ...args],
		{
			input,
			encoding: 'utf8',
			cwd: ROOT
		}
	);

describe('decodeInput', () => {
	it('accepts UTF-8 text and rejects binary, invalid UTF-8 and oversize input', () => {
		expect(decodeInput(new TextEncoder().encode('سوريا'), 'x')).toBe('سوريا');
		expect(() => decodeInput(new Uint8Array([0xff, 0xfe, 0x00]), 'x')).toThrow(InputError);
		expect(() => decodeInput(new Uint8Array([0x41, 0x00, 0x42]), 'x')).toThrow(/not text/);
		expect(() => decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1), 'x')).toThrow(/8 MB/);
	});
});

describe('geoparse CLI', () => {
	it('prints an AnnotationCollection for standard input and a file', () => {
		const out = run([], 'قصف قرب القامشلي');
		expect(out.status).toBe(0);
		const c = JSON.parse(out.stdout);
		expect(c.first.items.map((a: { body: { source: string } }) => a.body.source)).toEqual([
			'qamishli'
		]);
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'geoparse-')), 'a.txt');
		fs.writeFileSync(file, '');
		const empty = run([file]);
		expect(empty.status).toBe(0);
		expect(JSON.parse(empty.stdout).total).toBe(0);
	});
	it('exits non-zero with a message for unreadable input', () => {
		const missing = run(['/nonexistent/file.txt']);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/cannot read/);
		const binary = run([], Buffer.from([0xff, 0xd8, 0xff, 0x00]));
		expect(binary.status).toBe(1);
		expect(binary.stderr).toMatch(/not UTF-8 text/);
	});
});

describe('geoparse CLI, --format geojson', () => {
	it('prints an RFC 7946 FeatureCollection of the places, with their mentions', () => {
		const text =
			'وصل الوفد إلى الخرطوم ثم الفاشر في دارفور، وعبر البحر الأحمر نحو الحديدة. وفي الخرطوم';
		const out = run(['--format', 'geojson'], text);
		expect(out.status, out.stderr).toBe(0);
		const fc = JSON.parse(out.stdout);
		expect(fc.type).toBe('FeatureCollection');
		const byId = new Map(fc.features.map((f: { id: string }) => [f.id, f]));
		const khartoum = byId.get('khartoum-sd') as {
			geometry: { type: string; coordinates: number[] };
			properties: Record<string, unknown> & {
				mentions: { start: number; end: number; exact: string }[];
			};
		};
		expect(khartoum.geometry.type).toBe('Point');
		expect(khartoum.properties.name).toEqual({ ar: 'الخرطوم', en: 'Khartoum' });
		expect(khartoum.properties.country).toBe('SD');
		expect(khartoum.properties.confidence).toBeGreaterThan(0);
		expect(khartoum.properties.mentions).toHaveLength(2);
		for (const m of khartoum.properties.mentions) expect(text.slice(m.start, m.end)).toBe(m.exact);
		// An area carries its box; a sea is located by its point.
		const sea = byId.get('red-sea') as { properties: { bbox: number[] } };
		expect(sea.properties.bbox).toHaveLength(4);
		expect([...byId.keys()]).toEqual(
			expect.arrayContaining(['al-fashir-sd', 'darfur', 'al-hudaydah-ye'])
		);
	});
	it('refuses an unknown format, and dates with GeoJSON', () => {
		expect(run(['--format', 'kml'], 'دمشق').status).toBe(2);
		const both = run(['--format=geojson', '--published', '2022-12-03T11:14:00+03:00'], 'دمشق');
		expect(both.status).toBe(2);
		expect(both.stderr).toMatch(/W3C/);
	});
});

describe('geoparse CLI, 20 MB of text', () => {
	it('refuses it, on standard input or as a file, with a message and no crash', () => {
		const big = Buffer.alloc(20 * 1024 * 1024, 'دمشق قرب ');
		const piped = run([], big);
		expect(piped.status).toBe(1);
		expect(piped.stderr).toMatch(/8 MB/);
		expect(piped.stdout).toBe('');
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'geoparse-')), 'big.txt');
		fs.writeFileSync(file, big);
		const read = run([file]);
		expect(read.status).toBe(1);
		expect(read.stderr).toMatch(/8 MB/);
	});
});

describe('geoparse CLI with --published', () => {
	it('adds the resolved dates of the text as tagging annotations beside the places', () => {
		const out = run(
			['--published', '2022-12-03T11:14:00+03:00'],
			'أبلغ أوستن نظيره الأربعاء الماضي، والخميس أعلنت قسد في الحسكة'
		);
		expect(out.status).toBe(0);
		const c = JSON.parse(out.stdout);
		const dates = c.first.items.filter((a: { motivation: string }) => a.motivation === 'tagging');
		expect(dates.map((a: { body: { value: string } }) => a.body.value)).toEqual([
			'2022-11-30',
			'2022-12-01'
		]);
		expect(dates[0].body).toEqual({ type: 'TextualBody', purpose: 'tagging', value: '2022-11-30' });
		expect(
			c.first.items.some((a: { body: { source?: string } }) => a.body.source === 'al-hasakah')
		).toBe(true);
		expect(c.total).toBe(c.first.items.length);
	});
	it('rejects a publication date without a time and offset', () => {
		const out = run(['--published', 'yesterday'], 'نص');
		expect(out.status).toBe(2);
		expect(out.stderr).toMatch(/ISO date-time/);
	});
});
