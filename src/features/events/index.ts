// The fil d'événements' public entry: a user's events of the last 30 days, per day and espace.
export { listEventFeed } from "./use-cases/list-event-feed.ts";
