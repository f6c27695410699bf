/**
 * Numbers as the site writes them in both languages: Latin digits, "," between thousands, "." before
 * the decimals, at most `digits` decimals with no trailing zeros, halves rounded away from zero.
 * This is exactly what `Intl.NumberFormat('ar-SY-u-nu-latn' | 'en-GB', { maximumFractionDigits })`
 * writes (the tests compare the two), without Intl: a page's first use of Intl starts ICU, which
 * costs Chromium 17–40 ms of main thread, and the reader would pay it while hydrating, on the way
 * to its map.
 *
 * @example formatDecimal(9484.56, 1) // '9,484.6'
 * @example formatDecimal(3.04, 1) // '3'
 */
export function formatDecimal(x: number, digits: number): string {
	if (!Number.isFinite(x)) return String(x);
	const sign = x < 0 ? '-' : '';
	// The shortest decimal that reads back as x (what ICU rounds), unless JS writes an exponent:
	// from 1e21 up a double is a whole number, and below 1e-6 every kept digit is 0.
	const abs = Math.abs(x);
	const shortest = String(abs);
	const plain = !/e/i.test(shortest)
		? shortest
		: abs >= 1
			? BigInt(abs).toString()
			: abs.toFixed(Math.min(100, digits + 1));
	const [int, frac = ''] = plain.split('.');
	let kept = BigInt(int + frac.slice(0, digits).padEnd(digits, '0'));
	if ((frac[digits] ?? '0') >= '5') kept += 1n;
	const text = kept.toString().padStart(digits + 1, '0');
	const whole = text.slice(0, text.length - digits);
	const decimals = text.slice(text.length - digits).replace(/0+$/, '');
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	const out = decimals ? `${grouped}.${decimals}` : grouped;
	return out === '0' ? out : sign + out;
}
