/**
 * Highlights characters [start, end) of an element's text with the CSS Custom Highlight API: no
 * element is inserted, so Arabic letters on both sides of the edge stay joined. Returns the range
 * (for scrolling) and a function that removes the highlight. Where the API is missing, nothing is
 * painted and the caller's other cues (aria-pressed, the map) still work.
 */
export function highlightText(
	root: Element,
	start: number,
	end: number,
	name: string
): { range: Range; clear: () => void } | null {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	let at = 0;
	let started = false;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const len = node.textContent?.length ?? 0;
		if (!started && start <= at + len) {
			range.setStart(node, start - at);
			started = true;
		}
		if (started && end <= at + len) {
			range.setEnd(node, end - at);
			break;
		}
		at += len;
	}
	if (!started) return null;
	const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> })?.highlights;
	const HighlightCtor = (globalThis as unknown as { Highlight?: new (r: Range) => unknown })
		.Highlight;
	if (registry && HighlightCtor) registry.set(name, new HighlightCtor(range));
	return { range, clear: () => registry?.delete(name) };
}
