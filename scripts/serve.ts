/**
 * Serves the built book (dist/) on 127.0.0.1, as a static host would: directory pages,
 * the 404 page for unknown paths, compressed text, and the headers of the site's own _headers file
 * (its Content-Security-Policy among them), which static hosts such as Netlify and Cloudflare Pages
 * send with every page.
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { hostHeaders, serveStatic } from "./lib/static-server.ts";
import { cliArgs } from "./lib/cli.ts";

const { values } = cliArgs("node scripts/serve.ts [--port 4321] [--dir dist]", {
  options: { port: { type: "string", default: "4321" }, dir: { type: "string", default: "dist" } },
});
const dir = path.resolve(values.dir);
if (!existsSync(path.join(dir, "index.html"))) {
  console.error(`serve: ${dir} has no built site; run "npm run build" first.`);
  process.exit(1);
}
const server = await serveStatic(dir, {
  port: Number(values.port),
  compress: true,
  headers: hostHeaders(dir),
});
console.log(`The Mali Briefing Book is served at ${server.origin}/ (Ctrl+C to stop)`);
