// A worker entry for tests/unit/worker-pool.test.ts: tasks that answer, throw, spin, or eat memory.
import { parentPort, threadId } from "node:worker_threads";

const tasks = {
  echo: (args) => ({ threadId, echoed: args }),
  throwTyped: () => {
    const error = new Error("Le fichier PDF est refusé : test.");
    error.name = "EInvoiceReadError";
    error.code = "PDF_BOMB";
    throw error;
  },
  spin: ({ ms }) => {
    const end = Date.now() + ms;
    let n = 0;
    while (Date.now() < end) n++;
    return n;
  },
  eatMemory: () => {
    const kept = [];
    for (;;) kept.push(new Array(1_000_000).fill(kept.length));
  },
};

parentPort.on("message", ({ id, task, args }) => {
  try {
    parentPort.postMessage({ id, ok: true, result: tasks[task](args) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: { name: error.name, message: error.message, code: error.code } });
  }
});
parentPort.postMessage({ ready: true });
