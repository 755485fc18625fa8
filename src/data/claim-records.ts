import { loadBook } from "./book.ts";
import { t } from "../i18n/t.ts";
import { claimRecords, type ClaimRecord } from "../lib/claim-data.ts";
import { claimKinds, type ClaimData } from "../schemas/claim.ts";

/** The book's disputes as records, for the JSON download of /claims/. */
export async function bookClaimRecords(site: URL | undefined): Promise<ClaimRecord[]> {
  const { claims, phases, events, actors } = await loadBook();
  return claimRecords({
    claims,
    phases,
    events,
    actorNames: new Map(actors.map((a) => [a.id, a.data.name])),
    kindLabels: Object.fromEntries(claimKinds.map((k) => [k, t(`claim.kind.${k}`)])) as Record<
      ClaimData["kind"],
      string
    >,
    site: site?.href ?? "/",
  });
}
