import type { Root } from "hast";
import type { Options } from "hast-util-raw";
import type { VFile } from "vfile";

/** rehype-raw's plugin, run only where a tree holds raw HTML (see index.js). */
export default function rehypeRaw(options?: Omit<Options, "file"> | null): (tree: Root, file: VFile) => Root;
