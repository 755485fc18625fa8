/**
 * Serves a built site on 127.0.0.1 as a static host would: directory pages, the site's 404 page
 * for unknown paths and, with `compress`, brotli or gzip for text (every static host compresses;
 * without it a browser, and Lighthouse, would download pages several times their real size).
 * Used by `npm run serve`, the PDF printer and the benchmark.
 */
import compression from "compression";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { parseHeadersFile } from "../../src/lib/headers.ts";

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0, the default, takes a free port. */
  port?: number;
  /** Compress text responses, as a static host does. */
  compress?: boolean;
  /** Headers on every response. */
  headers?: Record<string, string>;
}

/**
 * The headers a static host (Netlify, Cloudflare Pages) sends with every page of the site in
 * `dir`: the `/*` block of its _headers file, the Content-Security-Policy among them; none when
 * the site has no such file.
 */
export function hostHeaders(dir: string): Record<string, string> {
  const file = path.join(dir, "_headers");
  return existsSync(file) ? parseHeadersFile(readFileSync(file, "utf8")) : {};
}

/** Types sirv does not know, as public/_headers gives them to static hosts. */
const extraTypes: Record<string, string> = { ".bib": "application/x-bibtex; charset=utf-8" };

/** Serves `dir` until close(); resolves once it listens. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ["html"],
    setHeaders: (res, pathname) => {
      const type = extraTypes[path.extname(pathname)];
      if (type) res.setHeader("Content-Type", type);
    },
  });
  const notFound = path.join(dir, "404.html");
  const compress = options.compress ? compression() : undefined;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(existsSync(notFound) ? readFileSync(notFound) : "Not found");
    });
  };
  const server = createServer((req, res) => {
    if (!compress) return handle(req, res);
    compress(req as never, res as never, () => handle(req, res));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
