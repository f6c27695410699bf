/**
 * An article as an importer reads it, before it is written to geodata/articles/<slug>/: its title
 * and its blocks in order. Offsets of the bundle's corrections count into the blocks' texts joined
 * by a blank line (plain-text.ts).
 */
import type { ArticleBlock } from '../data/schema';

export interface ImportedBlock {
	type: Exclude<ArticleBlock['type'], 'title'>;
	text: string;
}

export interface ImportedArticle {
	title: string;
	blocks: ImportedBlock[];
}
