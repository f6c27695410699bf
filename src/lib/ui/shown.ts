/**
 * Whether an element takes up room on the screen: the reader's map does on a wide screen, and on a
 * phone only once the reader asks for it. Used by the init hook (to start MapLibre's download
 * early) and by StoryMap (to create the map), so both agree on when the map is shown.
 */
export const isShown = (el: HTMLElement): boolean => el.clientWidth > 0 && el.clientHeight > 0;

/** Resolves once the element is shown (at once if it already is). */
export function whenShown(el: HTMLElement): Promise<void> {
	if (isShown(el)) return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new ResizeObserver(() => {
			if (!isShown(el)) return;
			observer.disconnect();
			resolve();
		});
		observer.observe(el);
	});
}
