import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, fromBase64Url, toBase64Url } from './share-link';

describe('share link', () => {
	it('round-trips Arabic text through the fragment', async () => {
		const text = 'قصفت تركيا مواقع قرب القامشلي وبالحسكة، وأعلنت قسد…\n<script>alert(1)</script>';
		const fragment = await encodeFragment(text);
		expect(fragment).toMatch(/^#t=[A-Za-z0-9_-]+$/);
		expect(await decodeFragment(fragment)).toBe(text);
	});

	it('base64url round-trips every byte value', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
	});

	it('refuses a damaged link, and one that inflates past the limit', async () => {
		await expect(decodeFragment('#t=***')).rejects.toThrow(/damaged/);
		await expect(decodeFragment('#t=AAAA')).rejects.toThrow(/damaged/);
		const big = await encodeFragment('ا'.repeat(10_000));
		await expect(decodeFragment(big, 1000)).rejects.toThrow(/limit/);
	});
});
