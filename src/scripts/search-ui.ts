/**
 * Loads Pagefind's Component UI the first time search is used, configures it, and puts the
 * search elements the page carries in <template>s into the page. Nothing here runs before then.
 */
import type {
  PagefindComponents,
  PagefindInstance,
  PagefindModalElement,
  PagefindResultData,
  PagefindSubResult,
} from "./pagefind-types.ts";
import { bundlePath, queryParam, searchOptions } from "./search-config.ts";

let loading: Promise<PagefindComponents> | undefined;

function whenLoaded(el: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener("load", () => resolve(), { once: true });
    el.addEventListener("error", () => reject(new Error(`search: could not load ${el.outerHTML}`)), { once: true });
    document.head.append(el);
  });
}

/** The Component UI, loaded once (its script and style sheet) and configured before any element uses it. */
export function loadComponents(): Promise<PagefindComponents> {
  loading ??= (async () => {
    const css = Object.assign(document.createElement("link"), {
      rel: "stylesheet",
      href: `${bundlePath}pagefind-component-ui.css`,
    });
    const js = Object.assign(document.createElement("script"), { src: `${bundlePath}pagefind-component-ui.js` });
    await Promise.all([whenLoaded(css), whenLoaded(js)]);
    const components = window.PagefindComponents;
    if (!components) throw new Error("search: Pagefind's Component UI did not start");
    return components;
  })();
  return loading;
}

const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);

/**
 * A result shows up to three of its page's sections that match. Pagefind's Component UI picks the
 * three with the most matching words and shows them in the page's order: on the places or the
 * glossary page, the entry a reader searched for (Bamako, the Khartoum Agreement) came after
 * entries that only mention it. Here they are the three that Pagefind's own weighted score ranks
 * highest (a match in an entry's name weighs more), best first. The page's opening, before its
 * first heading, is the result itself and is left out, as Pagefind does.
 */
export function bestSectionsFirst(result: PagefindResultData, max = 3): PagefindSubResult[] {
  const subs = result.sub_results ?? [];
  const sections = subs[0]?.url === (result.meta?.["url"] || result.url) ? subs.slice(1) : subs;
  return [...sections].sort((a, b) => score(b) - score(a)).slice(0, max);
}

/**
 * Configures the search, puts the template's elements in its place, and loads the index.
 * Returns once searches can run: Pagefind's Component UI 1.5 can show the results of an early
 * keystroke last when searches start while its index is still loading.
 */
export async function mount(template: HTMLTemplateElement): Promise<PagefindInstance> {
  const components = await loadComponents();
  const instance = components.configureInstance("default", searchOptions);
  // If a later Pagefind names it otherwise, its own choice of sections stays (search.spec.ts says so).
  if (instance.getDisplaySubResults) instance.getDisplaySubResults = bestSectionsFirst;
  template.replaceWith(template.content.cloneNode(true));
  await instance.triggerLoad();
  return instance;
}

let modal: Promise<PagefindModalElement> | undefined;

function setUpModal(): Promise<PagefindModalElement> {
  modal ??= (async () => {
    const template = document.querySelector<HTMLTemplateElement>("template#search-modal");
    if (!template) throw new Error("search: this page has no search dialog");
    const instance = await mount(template);
    const el = document.querySelector<PagefindModalElement>("pagefind-modal");
    if (!el) throw new Error("search: the search dialog did not start");
    // Closed with nowhere to give the focus back to, the dialog left it on its own hidden field,
    // which then took the next `/` as typing: it leaves the dialog.
    el.dialogEl?.addEventListener("close", () => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && el.contains(active)) active.blur();
    });
    const all = el.querySelector<HTMLAnchorElement>("a[data-search-all]");
    instance.on("search", (term) => {
      const query = term ? `?${new URLSearchParams({ [queryParam]: term })}` : "";
      all?.setAttribute("href", `/search/${query}`);
    });
    return el;
  })();
  return modal;
}

/**
 * Opens the search dialog and searches for `text()`, read once the dialog is ready: what the
 * reader typed meanwhile. If the dialog is already open, the text is added to its query. When it
 * closes, the focus goes back to `from` (the element the reader was on), or leaves the header.
 */
export async function openModal(text: () => string, from: HTMLElement | null = null): Promise<void> {
  const el = await setUpModal();
  const wasOpen = el.dialogEl?.open ?? false;
  // Just closed, the Component UI counts the dialog open, and ignores open(), until the dialog's
  // close event has run, which a key pressed at once can come before: that event is awaited.
  const dialogEl = el.dialogEl;
  if (!wasOpen && el.isOpen && dialogEl) {
    await new Promise((resolve) => {
      dialogEl.addEventListener("close", resolve, { once: true });
      setTimeout(resolve, 500);
    });
  }
  // The dialog gives the focus back, when it closes, to the element that had it when it opened.
  // That was the header's field, which took the keys typed while search loaded: the next Tab
  // went on from the header, and the next `/` typed itself into the field and searched for "/".
  // So the focus goes back first to where the reader was, or leaves the field, without scrolling.
  if (!wasOpen && document.activeElement !== from) {
    if (from) from.focus({ preventScroll: true });
    else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  }
  el.open();
  const input = el.querySelector<HTMLInputElement>("pagefind-input input");
  if (!input) return;
  const typed = text();
  if (typed) {
    input.value = wasOpen ? input.value + typed : typed;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  input.focus();
}
