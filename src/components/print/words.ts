/**
 * Words of the printed book that `src/i18n/en.json` does not carry yet. They belong there as
 * "print.*" keys; until then they live in this one place, never inline in a component.
 */
export const printWords = {
  author: "The Mali Briefing Book maintainers",
  contents: "Contents",
  printed: "Printed",
  partFigures: "Maps and charts",
  figureMap: "Map of the places",
  figureTimeline: "Timeline of the events",
  figureRelations: "Who is allied with whom",
  figureRelationsByPhase: "The alignments, phase by phase",
  partPhases: "The phases of the conflict",
  partActors: "The actors",
  partTimeline: "Timeline",
  partClaims: "Disputed claims",
  partGlossary: "Glossary",
  partBibliography: "Bibliography",
  downloadPdf: "Download PDF",
  downloadBook: "Download the whole book as a PDF",
  printNote: "The whole book on one page, laid out for printing.",
  inTimeline: "In the timeline",
  inClaims: "Disputed claims",
  phase: "Phase",
  online: "Online at",
  reliability: "Reliability",
  independence: "Independence",
} as const;
