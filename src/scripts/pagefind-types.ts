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

/** A section of a result's page, as Pagefind returns it: under a heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

/** What the Component UI knows of a result when it shows it. */
export interface PagefindResultData {
  url: string;
  meta?: Record<string, string>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindInstance {
  /** Which of a result's sections the results show (the Component UI's own method). */
  getDisplaySubResults?(result: PagefindResultData, max?: number): PagefindSubResult[];
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
  /** The Component UI's own flag: true from open() until the dialog's close event has run. */
  readonly isOpen: boolean;
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
