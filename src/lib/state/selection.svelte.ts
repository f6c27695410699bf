/**
 * What the reader has selected and hovered, shared by the text, the places list and the map.
 * Provided once by the reader page; `getSelection()` throws outside it.
 */
import { getContext, setContext } from 'svelte';

/** Exported for tests that render a component outside the reader page. */
export const SELECTION_KEY = Symbol('khareeta.selection');
const KEY = SELECTION_KEY;

export class Selection {
	/** The place whose popup is open. */
	placeId = $state<string | null>(null);
	/** The place highlighted because a mention or a marker is hovered or focused. */
	hoveredPlaceId = $state<string | null>(null);
	/** The timeline event selected: its sentence is highlighted and its places framed. */
	eventId = $state<string | null>(null);
	/** The mention marked `aria-current` in the text. */
	currentMentionId = $state<string | null>(null);
	/** The element focus returns to when the popup closes. */
	returnFocus: HTMLElement | null = null;
}

export function provideSelection(selection = new Selection()): Selection {
	return setContext(KEY, selection);
}

export function getSelection(): Selection {
	const s = getContext<Selection | undefined>(KEY);
	if (!s) throw new Error('getSelection() was called outside the reader page that provides it');
	return s;
}
