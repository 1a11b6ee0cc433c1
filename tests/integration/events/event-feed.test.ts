import { describe, expect, it } from "vitest";
import { listEventFeed } from "@/features/events/use-cases/list-event-feed.ts";
import { db } from "@/server/db.ts";
import { attach, createStructure, createUser } from "../factories.ts";

const DAY = 24 * 60 * 60 * 1000;

describe("fil d'événements from the database", () => {
  it("groups the user's events of the last 30 days per day and per espace, newest first", async () => {
    const user = await createUser();
    const other = await createUser();
    const structure = await createStructure();
    await attach(user.id, structure.id, { role: "GESTIONNAIRE_PRINCIPAL" });
    const now = new Date("2020-02-07T15:00:00Z");
    const event = (userId: string, espace: "FACTURES_EMISES" | "FACTURES_RECUES" | "FACTURES_TRAVAUX", createdAt: Date) => ({
      userId,
      structureId: structure.id,
      espace,
      type: "TEST",
      message: "Événement de test",
      createdAt,
    });
    await db.event.createMany({
      data: [
        event(user.id, "FACTURES_EMISES", new Date("2020-02-07T09:00:00Z")),
        event(user.id, "FACTURES_EMISES", new Date("2020-02-07T10:00:00Z")),
        event(user.id, "FACTURES_TRAVAUX", new Date("2020-02-07T11:00:00Z")),
        event(user.id, "FACTURES_RECUES", new Date("2020-02-06T11:00:00Z")),
        event(user.id, "FACTURES_EMISES", new Date(now.getTime() - 31 * DAY)),
        event(other.id, "FACTURES_RECUES", new Date("2020-02-05T11:00:00Z")),
      ],
    });

    const feed = await listEventFeed({ userId: user.id, now });
    expect(feed.map((d) => [d.day, d.espaces.map((e) => e.label)])).toEqual([
      ["07/02/2020", ["Factures émises", "Factures de travaux"]],
      ["06/02/2020", ["Factures reçues"]],
    ]);
    expect(await listEventFeed({ userId: await createUser().then((u) => u.id), now })).toEqual([]);
  });

  it("no longer shows the events of a structure the user has left", async () => {
    const user = await createUser();
    const kept = await createStructure();
    const left = await createStructure();
    await attach(user.id, kept.id);
    await attach(user.id, left.id, { status: "DESACTIVE" });
    const now = new Date();
    await db.event.createMany({
      data: [
        { userId: user.id, structureId: kept.id, espace: "FACTURES_EMISES", type: "TEST", message: "gardé", createdAt: now },
        { userId: user.id, structureId: left.id, espace: "FACTURES_RECUES", type: "TEST", message: "quitté", createdAt: now },
        { userId: user.id, espace: "MON_COMPTE", type: "TEST", message: "compte", createdAt: now },
      ],
    });
    const feed = await listEventFeed({ userId: user.id, now });
    expect(feed).toHaveLength(1);
    expect(feed[0].espaces.map((e) => e.espace)).toEqual(["FACTURES_EMISES", "MON_COMPTE"]);
  });
});
