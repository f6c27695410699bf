import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';

describe('readCsv', () => {
	it('reads quoted fields with commas, doubled quotes and newlines', () => {
		expect(readCsv('a,b\n1,"x, ""y""\nz"\r\n2,\n')).toEqual([
			{ a: '1', b: 'x, "y"\nz' },
			{ a: '2', b: '' }
		]);
	});
	it('names the row whose fields do not match the header', () => {
		expect(() => readCsv('a,b\n1,2,3\n')).toThrow(/row 2/);
	});
});
