import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { cssUrls, readPageRefs, type HtmlRef, type PageRefs } from "./html-refs.ts";
import { filesUnder, htmlPages, pageUrl } from "./dist-pages.ts";

export interface LinkCheckOptions {
  /** The built site. */
  dir: string;
  /** The origin the site is published at (its canonical links use it). */
  origin: string;
  /** The only external addresses a page may link to: the sources' URLs. */
  allowedExternal: ReadonlySet<string>;
}

export interface LinkProblem {
  file: string;
  line: number | undefined;
  /** `<a href="...">` as written. */
  ref: string;
  problem: string;
}

export interface LinkReport {
  problems: LinkProblem[];
  /** How many addresses were checked, internal and external. */
  internal: number;
  external: number;
  pages: number;
}

/** Elements that only navigate: the only ones allowed to point off the site. */
const navigating = new Set(["a", "area"]);

/**
 * Checks every page of a built site: each internal link, image, script, style sheet and
 * #fragment resolves to a file (and an id) in the site; each external link is a source's URL
 * and opens with rel="noopener noreferrer"; nothing is loaded from another origin.
 */
export function checkLinks(options: LinkCheckOptions): LinkReport {
  const { dir, origin } = options;
  const cache = new Map<string, PageRefs>();
  const pageRefs = (file: string) => {
    let refs = cache.get(file);
    if (!refs) {
      refs = readPageRefs(readFileSync(path.join(dir, file), "utf8"));
      cache.set(file, refs);
    }
    return refs;
  };
  /** The file a same-origin path is served from, as a static host serves dist/. */
  const fileFor = (pathname: string): string | undefined => {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname).replace(/^\/+/, "");
    } catch {
      return undefined;
    }
    const candidates = rel === "" || rel.endsWith("/") ? [`${rel}index.html`] : [rel, `${rel}.html`];
    return candidates.find((c) => existsSync(path.join(dir, c)) && statSync(path.join(dir, c)).isFile());
  };

  const report: LinkReport = { problems: [], internal: 0, external: 0, pages: 0 };
  const checkInternal = (url: URL, add: (p: string) => void) => {
    report.internal += 1;
    const target = fileFor(url.pathname);
    if (!target) return add(`${url.pathname} is not in the site`);
    const fragment = url.hash.slice(1);
    // "#top" is the top of any page; "#page=3" and the like are a PDF viewer's, not ids.
    if (!fragment || fragment === "top" || target.endsWith(".pdf")) return;
    if (!target.endsWith(".html")) return add(`#${fragment} points into ${target}, which is not a page`);
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return add(`#${fragment} is not a valid fragment`);
    }
    if (!pageRefs(target).ids.has(id)) add(`${target} has no element with id "${id}"`);
  };
  const checkExternal = (ref: HtmlRef, url: URL, add: (p: string) => void) => {
    report.external += 1;
    if (!navigating.has(ref.tag)) return add(`loads a resource from another origin (${url.origin})`);
    if (!options.allowedExternal.has(ref.value)) add("links outside the site to an address that is no source's URL");
    const missing = ["noopener", "noreferrer"].filter((word) => !ref.rel.includes(word));
    if (missing.length) add(`opens another site without rel="${missing.join(" ")}"`);
  };

  for (const file of htmlPages(dir)) {
    report.pages += 1;
    const base = new URL(pageUrl(file), origin);
    const refs = pageRefs(file);
    const styleRefs: HtmlRef[] = refs.styles.flatMap((css) =>
      cssUrls(css).map((value) => ({ tag: "style", attr: "url()", value, rel: [], line: undefined })),
    );
    for (const ref of [...refs.refs, ...styleRefs]) {
      const add = (problem: string) =>
        report.problems.push({ file, line: ref.line, ref: `<${ref.tag} ${ref.attr}="${ref.value}">`, problem });
      let url: URL;
      try {
        url = new URL(ref.value.trim(), base);
      } catch {
        add("is not a valid address");
        continue;
      }
      if (url.protocol === "data:" || url.protocol === "mailto:") continue;
      if (url.protocol !== "http:" && url.protocol !== "https:") add(`uses the ${url.protocol} scheme`);
      else if (url.origin === base.origin) checkInternal(url, add);
      else checkExternal(ref, url, add);
    }
  }
  for (const file of filesUnder(dir).filter((f) => f.endsWith(".css"))) {
    const base = new URL(`/${file}`, origin);
    for (const value of cssUrls(readFileSync(path.join(dir, file), "utf8"))) {
      const url = new URL(value, base);
      const add = (problem: string) => report.problems.push({ file, line: undefined, ref: `url(${value})`, problem });
      if (url.origin !== base.origin) add(`loads a resource from another origin (${url.origin})`);
      else checkInternal(url, add);
    }
  }
  return report;
}
