// unist-util-visit-parents 6.1.0 (MIT, Titus Wormer; see ./license), which every Markdown plugin
// of the build walks its trees with, through unist-util-visit. package.json's "overrides" put this
// copy in its place. One change, in lib/index.js: upstream gives the function that visits each
// node a name of its own (`node (paragraph)`, coloured for a terminal), which shows in stack
// traces and nowhere else; defining that property on every node of every tree (retext-smartypants
// walks every word and space) was about 16 % of the instructions spent compiling the briefings'
// MDX (scripts/bench-compile.ts under callgrind). The walk, its order and its results are
// upstream's. tests/unit/unist-util-visit-parents-lean.test.ts
// checks that lib/index.js is upstream's file but for that one passage, that it is the copy
// the build loads, and that it walks as upstream documents. Remove the folder and the override
// when upstream stops naming the function, or when an upgrade wants another major version.
// Note: types exported from `index.d.ts`
export {CONTINUE, EXIT, SKIP, visitParents} from './lib/index.js'
