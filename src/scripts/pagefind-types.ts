/**
 * The parts of Pagefind's Component UI (window.PagefindComponents, pagefind-component-ui.js 1.5)
 * and highlight script that the book's scripts use. Pagefind ships no types for them.
 */

export type FilterSelection = Record<string, string[]>;

export interface PagefindOptions {
  bundlePath?: string;
  highlightParam?: string;
  excerptLength?: number;
  noWorker?: boolean;
  ranking?: {
    termFrequency?: number;
    termSimilarity?: number;
    pageLength?: number;
    termSaturation?: number;
    diacriticSimilarity?: number;
    metaWeights?: Record<string, number>;
  };
}

export interface PagefindInstance {
  searchTerm: string;
  searchFilters: FilterSelection;
  on(event: "search", callback: (term: string, filters: FilterSelection) => void): void;
  on(event: "results", callback: (results: { results: unknown[] }) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: FilterSelection): void;
}

export interface PagefindComponents {
  configureInstance(name: string, options: PagefindOptions): PagefindInstance;
}

/** <pagefind-modal> once upgraded. */
export interface PagefindModalElement extends HTMLElement {
  open(): void;
  close(): void;
  dialogEl: HTMLDialogElement | null;
}

export interface PagefindHighlightOptions {
  highlightParam: string;
  markOptions: { className: string; exclude: string[] };
  addStyles: boolean;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}
