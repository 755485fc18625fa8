/**
 * Serves the built book (dist/) on 127.0.0.1, as a static host would: directory pages,
 * the 404 page for unknown paths, and the security headers the site ships with.
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { readFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import sirv from "sirv";

const { values } = parseArgs({
  options: { port: { type: "string", default: "4321" }, dir: { type: "string", default: "dist" } },
});
const dir = path.resolve(values.dir);
if (!existsSync(path.join(dir, "index.html"))) {
  console.error(`serve: ${dir} has no built site; run "npm run build" first.`);
  process.exit(1);
}
const notFound = path.join(dir, "404.html");
const assets = sirv(dir, { dev: false, etag: true, extensions: ["html"] });

const server = createServer((req, res) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  assets(req, res, () => {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(existsSync(notFound) ? readFileSync(notFound) : "Not found");
  });
});
server.listen(Number(values.port), "127.0.0.1", () => {
  console.log(`The Mali Briefing Book is served at http://127.0.0.1:${values.port}/ (Ctrl+C to stop)`);
});
