import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from './number-text';

const intl = (locale: string, x: number, digits: number) =>
	new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x);

describe('formatDecimal', () => {
	it('writes what Intl writes for Arabic (Latin digits) and English', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.double({ min: 0, max: 1e7, noNaN: true }),
					// Numbers with few decimals, where the halves are.
					fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
					fc.integer({ min: 0, max: 100_000 }).map((n) => n / 20)
				),
				fc.integer({ min: 0, max: 3 }),
				(x, digits) => {
					const ours = formatDecimal(x, digits);
					expect(ours).toBe(intl('en-GB', x, digits));
					expect(ours).toBe(intl('ar-SY-u-nu-latn', x, digits));
				}
			),
			{ numRuns: 3000 }
		);
	});
	it('rounds halves away from zero, on the decimal the number is written as', () => {
		expect(formatDecimal(1.15, 1)).toBe('1.2');
		expect(formatDecimal(2.25, 1)).toBe('2.3');
		expect(formatDecimal(9.95, 1)).toBe('10');
		expect(formatDecimal(999.5, 0)).toBe('1,000');
		expect(formatDecimal(0.04, 1)).toBe('0');
	});
	it('groups thousands and drops trailing zeros', () => {
		expect(formatDecimal(1234567.891, 2)).toBe('1,234,567.89');
		expect(formatDecimal(3.0, 1)).toBe('3');
		expect(formatDecimal(1000, 3)).toBe('1,000');
	});
	it('keeps a sign, and leaves what is not a number readable', () => {
		expect(formatDecimal(-1234.5, 0)).toBe('-1,235');
		expect(formatDecimal(-0.01, 1)).toBe('0');
		expect(formatDecimal(1e-7, 1)).toBe('0');
		expect(formatDecimal(1e21, 0)).toBe(intl('en-GB', 1e21, 0));
		expect(formatDecimal(2.5e-7, 3)).toBe('0');
		expect(formatDecimal(Infinity, 1)).toBe('Infinity');
	});
});
