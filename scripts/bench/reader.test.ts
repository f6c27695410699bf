import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../chromium.js';
import { benchFlags } from './reader';

describe('benchFlags', () => {
	it('is the flags every browser run uses, when nothing is added', () => {
		expect(benchFlags('')).toEqual(CHROMIUM_FLAGS);
		expect(benchFlags('  ')).toEqual(CHROMIUM_FLAGS);
	});
	it('appends the extra flags, split on white space, after the usual ones', () => {
		expect(benchFlags(' --disable-gpu-compositing   --foo=1 ')).toEqual([
			...CHROMIUM_FLAGS,
			'--disable-gpu-compositing',
			'--foo=1'
		]);
	});
});
