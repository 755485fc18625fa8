/**
 * The only script every page runs, and it is small: it waits for the reader to search (`/` or
 * Ctrl/Cmd+K anywhere, or typing in the header's search field) and only then loads the search
 * itself. Without JavaScript the header field is a plain form that opens /search/?q=….
 * On a page opened from a search result (its address has a query), it loads the highlighter.
 */
const form = document.querySelector<HTMLFormElement>("form[data-search-field]");
const field = form?.querySelector<HTMLInputElement>("input[type=search]");

/** The search page's own field, which takes the query there instead of the dialog. */
const searchPage = document.querySelector("[data-search-page]");
const pageField = () => searchPage?.querySelector<HTMLInputElement>("pagefind-input input");

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) &&
    // The search dialog's field keeps the focus a moment after the dialog closes.
    !target.closest("dialog:not([open])")
  );
}

/** Takes what the reader has typed in the header so far, and empties the header field. */
function takeHeaderText(): string {
  const text = field?.value ?? "";
  if (field) field.value = "";
  return text;
}

async function openSearch(): Promise<void> {
  if (searchPage) {
    // Until the page's search has started, what is typed stays in the header field.
    const onPage = pageField();
    const text = onPage ? takeHeaderText() : "";
    if (onPage && text) {
      onPage.value = text;
      onPage.dispatchEvent(new Event("input", { bubbles: true }));
    }
    onPage?.focus();
    return;
  }
  // Where the reader was: the dialog gives the focus back there when it closes, not to the header.
  const before = document.activeElement;
  const returnTo = before instanceof HTMLElement && before !== document.body ? before : null;
  // Keys typed while the search loads land in the header field, and move to the dialog with it.
  // The page stays where it was: the header is at its top, and focusing its field scrolled there.
  if (before !== field) field?.focus({ preventScroll: true });
  try {
    const { openModal } = await import("./search-ui.ts");
    await openModal(takeHeaderText, returnTo);
  } catch (error) {
    // Search could not start here (offline, blocked script): the search page may still work.
    console.error(error);
    if (form && field?.value) form.submit();
  }
}

document.addEventListener("keydown", (e) => {
  const slash = e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
  const modK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k";
  if (!slash && !modK) return;
  e.preventDefault();
  void openSearch();
});

field?.addEventListener("input", () => {
  if (field.value.trim()) void openSearch();
});

// search-highlight.ts marks the searched terms when the query carries them (?highlight=…).
if (location.search) void import("./search-highlight.ts");
