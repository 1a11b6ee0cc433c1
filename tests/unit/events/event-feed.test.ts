import { describe, expect, it } from "vitest";
import { espaceHref, feedSince, groupEventFeed } from "@/features/events/rules/event-feed.ts";

describe("fil d'événements", () => {
  it("is empty without events", () => {
    expect(groupEventFeed([])).toEqual([]);
  });

  it("groups per day, newest first, each espace once, in the order of the espaces", () => {
    const feed = groupEventFeed([
      { espace: "FACTURES_EMISES", createdAt: new Date("2020-02-05T10:00:00Z") },
      { espace: "FACTURES_RECUES", createdAt: new Date("2020-02-07T09:00:00Z") },
      { espace: "FACTURES_EMISES", createdAt: new Date("2020-02-07T08:00:00Z") },
      { espace: "FACTURES_EMISES", createdAt: new Date("2020-02-07T16:00:00Z") },
      { espace: "FACTURES_TRAVAUX", createdAt: new Date("2020-02-07T12:00:00Z") },
      { espace: "ACTIVITES_GESTIONNAIRE", createdAt: new Date("2020-02-06T12:00:00Z") },
    ]);
    expect(feed.map((d) => [d.day, d.espaces.map((e) => e.label)])).toEqual([
      ["07/02/2020", ["Factures émises", "Factures reçues", "Factures de travaux"]],
      ["06/02/2020", ["Activités du gestionnaire"]],
      ["05/02/2020", ["Factures émises"]],
    ]);
  });

  it("cuts days at midnight in Paris, not in UTC", () => {
    const feed = groupEventFeed([{ espace: "FACTURES_EMISES", createdAt: new Date("2020-02-06T23:30:00Z") }]);
    expect(feed[0].day).toBe("07/02/2020");
  });

  it("links each line to its espace's tab when the portal has one", () => {
    expect(espaceHref("FACTURES_EMISES")).toBe("/factures-emises");
    expect(espaceHref("ACTIVITES_GESTIONNAIRE")).toBe("/activites-gestionnaire");
    expect(espaceHref("SUIVI_FLUX")).toBeUndefined();
    expect(groupEventFeed([{ espace: "FACTURES_RECUES", createdAt: new Date() }])[0].espaces[0]).toEqual({
      espace: "FACTURES_RECUES",
      label: "Factures reçues",
      href: "/factures-recues",
    });
  });

  it("covers the last 30 days", () => {
    expect(feedSince(new Date("2020-03-31T12:00:00Z"))).toEqual(new Date("2020-03-01T12:00:00Z"));
  });
});
