/** How long to wait for a paint that paint timing does not report. */
const PAINT_TIMEOUT_MS = 1000;

/**
 * Resolves once the browser reports the page's first contentful paint (the prerendered article
 * text), or after PAINT_TIMEOUT_MS where paint timing is not reported, or at once when the tab is
 * hidden (a hidden tab does not paint). Memoised: every caller waits for the same paint.
 */
let painted: Promise<void> | null = null;

export function afterFirstPaint(): Promise<void> {
	painted ??= new Promise<void>((resolve) => {
		const done = () => {
			observer?.disconnect();
			clearTimeout(timer);
			resolve();
		};
		const reported = () => performance.getEntriesByName('first-contentful-paint').length > 0;
		if (reported()) return resolve();
		let observer: PerformanceObserver | null = null;
		const timer = setTimeout(done, document.visibilityState === 'hidden' ? 0 : PAINT_TIMEOUT_MS);
		try {
			observer = new PerformanceObserver(() => reported() && done());
			observer.observe({ type: 'paint', buffered: true });
		} catch {
			// No paint timing in this browser: the timer decides.
		}
	});
	return painted;
}
