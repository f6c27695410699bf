/**
 * The first frame of a story's map and the places it leaves out ("elsewhere"), from a view: its
 * located places (an area by its extent, a place drawn as a point with a bbox, such as a country,
 * by its bbox) and its towns for orientation, framed by `storyFrame` (lib/geo/story-frame.ts).
 * The reader's view model, the paste page's and the map all ask here, so they agree.
 */
import { geometryBox, storyFrame, type StoryFrame } from '../geo/story-frame';
import type { ArticleView, PlaceView } from './view-model';

export function viewFrame(view: Pick<ArticleView, 'places' | 'orientation'>): StoryFrame {
	return storyFrame([
		...view.places
			.filter((p) => p.anchor)
			.map((p) => ({
				id: p.id,
				at: p.anchor!,
				box: p.bbox ?? (p.geometry && p.geometry.type !== 'Point' ? geometryBox(p.geometry) : null)
			})),
		...view.orientation.map((o) => ({ id: `orientation/${o.id}`, at: o.anchor }))
	]);
}

/** The places, each marked `elsewhere` or not by the view's frame. */
export function withElsewhere(
	places: PlaceView[],
	orientation: ArticleView['orientation']
): PlaceView[] {
	const { elsewhere } = viewFrame({ places, orientation });
	return places.map((p) => ({ ...p, elsewhere: elsewhere.has(p.id) }));
}
