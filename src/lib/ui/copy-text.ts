/**
 * Puts text on the clipboard: the async Clipboard API where it is allowed, else a hidden textarea
 * and `document.execCommand('copy')`. Resolves to whether it worked, so the button can say so.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		const ok = document.execCommand('copy');
		area.remove();
		return ok;
	}
}

/** This page's address with one query parameter set, for "copy link" buttons. */
export function linkWith(key: string, value: string): string {
	const url = new URL(location.href);
	url.hash = '';
	url.searchParams.set(key, value);
	return url.href;
}
