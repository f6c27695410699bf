import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MentionSegment } from '../article/view-model';
import { Selection } from './selection.svelte';
import { TextMapLink } from './text-map-link.svelte';

const mention: MentionSegment = {
	text: 'القامشلي',
	mentionId: 'm-02',
	placeId: 'qamishli',
	relation: 'named'
};
const element = (name: string) => ({ name }) as unknown as HTMLElement;

describe('TextMapLink: the text↔map link both pages share', () => {
	let focused: string[];
	beforeEach(() => {
		focused = [];
		// focusMention's DOM: the mention element, and the reduced-motion query.
		vi.stubGlobal('document', {
			getElementById: (id: string) => ({
				scrollIntoView: () => {},
				focus: () => focused.push(id)
			})
		});
		vi.stubGlobal('matchMedia', () => ({ matches: false }));
	});
	afterEach(() => vi.unstubAllGlobals());

	function setup() {
		const selection = new Selection();
		const chosen: (string | null)[] = [];
		const link = new TextMapLink(selection, (id) => {
			chosen.push(id);
			selection.placeId = id;
		});
		const popups: string[] = [];
		link.map = { focusPopup: () => popups.push(selection.placeId ?? '') };
		return { selection, chosen, link, popups };
	}

	it('a mention selects its place, shows the map, focuses the popup, and remembers the mention', async () => {
		const { selection, chosen, link, popups } = setup();
		const a = element('mention link');
		link.onmention(mention, a);
		await vi.waitFor(() => expect(popups).toEqual(['qamishli']));
		expect(chosen).toEqual(['qamishli']);
		expect(link.panel).toBe('map');
		expect(selection.returnFocus).toBe(a);
		expect(selection.currentMentionId).toBe('m-02');
	});

	it('choosing the place already selected does nothing; choosing none keeps the panel', async () => {
		const { chosen, link, popups } = setup();
		await link.select('qamishli');
		await link.select('qamishli');
		expect(chosen).toEqual(['qamishli']);
		link.panel = 'text';
		await link.select(null);
		expect(chosen).toEqual(['qamishli', null]);
		expect(link.panel).toBe('text');
		expect(popups).toEqual(['qamishli']);
	});

	it('a place of the list selects it, and focus will return to the list', async () => {
		const { selection, link } = setup();
		const button = element('list button');
		link.onplace('al-hasakah', button);
		await vi.waitFor(() => expect(selection.placeId).toBe('al-hasakah'));
		expect(selection.returnFocus).toBe(button);
	});

	it("a popup's link back shows the text and focuses that mention", async () => {
		const { selection, link } = setup();
		link.panel = 'map';
		await link.follow('m-07');
		expect(link.panel).toBe('text');
		expect(selection.currentMentionId).toBe('m-07');
		expect(focused).toEqual(['m-07']);
	});
});
