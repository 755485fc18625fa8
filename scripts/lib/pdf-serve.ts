import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1 at a free port, for Chromium to print from. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, extensions: ["html"] });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.end("Not found");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
