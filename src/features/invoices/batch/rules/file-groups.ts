// How a chunk's files go to the file-reading threads: a few per message, as handing one file to a thread and its
// verdict back cost about as much CPU as checking a small invoice (structured clone, the thread's wake-up, the
// promise: about 0.2 ms on each side). Pure.

/** Files per message, and the most bytes a group may hold (a larger file goes alone): a group stays a few milliseconds of work. */
export const FILES_PER_GROUP = 8;
export const GROUP_BYTES = 1024 * 1024;

/** The items in groups of at most FILES_PER_GROUP files and GROUP_BYTES bytes (a larger file alone), in their order. */
export function fileGroups<T extends { content: Uint8Array }>(items: T[]): T[][] {
  const groups: T[][] = [];
  let bytes = 0;
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.length < FILES_PER_GROUP && bytes + item.content.length <= GROUP_BYTES) {
      last.push(item);
      bytes += item.content.length;
    } else {
      groups.push([item]);
      bytes = item.content.length;
    }
  }
  return groups;
}
