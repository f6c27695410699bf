/** Whether the reader asked for less motion: fly-to and smooth scrolling become jumps then. */
export const prefersReducedMotion = (): boolean =>
	matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The scroll behaviour that respects that wish. */
export const scrollBehavior = (): ScrollBehavior => (prefersReducedMotion() ? 'auto' : 'smooth');

/**
 * Scrolls a mention of the text into the middle of the view and focuses it: where a popup's
 * "to the text" link leads, on the reader and on the paste page.
 */
export function focusMention(mentionId: string): void {
	const el = document.getElementById(mentionId);
	if (!el) return;
	el.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
	el.focus({ preventScroll: true });
}
