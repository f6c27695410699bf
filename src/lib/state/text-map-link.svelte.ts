/**
 * The text and the map, linked both ways: the one implementation the reader and the paste page
 * share. A mention (or a place in the list) selects its place, shows the map and moves focus to
 * the popup; a popup's "to the text" link shows the text and focuses that mention. Each page says
 * only how a place is chosen: the reader puts it in the URL (`?place=`), the paste page sets it.
 */
import { tick } from 'svelte';
import type { MentionSegment } from '../article/view-model';
import { focusMention } from '../ui/motion';
import type { Selection } from './selection.svelte';

export type Panel = 'text' | 'map';

/** What the link needs of the map: to move focus into the open popup. */
export interface PopupFocus {
	focusPopup(): void;
}

export class TextMapLink {
	/** Which pane a narrow screen shows. */
	panel = $state<Panel>('text');
	/** The map component, once mounted (bound by the page). */
	map = $state<PopupFocus | undefined>();

	constructor(
		private readonly selection: Selection,
		/** Makes `id` the selected place (or none): through the URL, or directly. */
		private readonly choose: (id: string | null) => void | Promise<void>
	) {}

	/** Select a place (null: none); a place selected shows the map with its popup focused. */
	select = async (id: string | null): Promise<void> => {
		if (id === this.selection.placeId) return;
		await this.choose(id);
		if (id) {
			this.panel = 'map';
			await tick();
			this.map?.focusPopup();
		}
	};

	/** A mention in the text was followed: focus returns to it when the popup closes. */
	onmention = (mention: MentionSegment, link: HTMLElement): void => {
		this.selection.returnFocus = link;
		this.selection.currentMentionId = mention.mentionId;
		void this.select(mention.placeId);
	};

	/** A place of the places list was chosen. */
	onplace = (id: string, el: HTMLElement): void => {
		this.selection.returnFocus = el;
		void this.select(id);
	};

	/** A popup's link back to a mention: show the text and focus the mention. */
	follow = async (mentionId: string): Promise<void> => {
		this.panel = 'text';
		this.selection.currentMentionId = mentionId;
		await tick();
		focusMention(mentionId);
	};
}
