// The entry of the file-reading worker threads (src/server/worker-pool.ts): plain JavaScript, loaded from the project
// root as it is (Next.js never bundles it), so that the same file runs under next start, next dev, vitest and tsx.
// It lets tsx load the TypeScript of the project (with its @/ paths), then the tasks.
import { register } from "tsx/esm/api";

register();
await import("./file-reader-tasks.ts");
