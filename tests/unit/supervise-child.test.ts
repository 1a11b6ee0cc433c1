// npm start keeps the web server running: a child that dies (kill -9) is started again, without touching anything
// else; one stopped on purpose (Ctrl-C) is not; one that keeps dying at start-up is given up.
import { describe, expect, it } from "vitest";
import { startChild, superviseChild } from "../../scripts/lib/processes.ts";

const sleeper = () => startChild(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { name: "sleeper", stdio: "ignore" });
const exitOf = (child: ReturnType<typeof sleeper>) => new Promise((resolve) => child.process.once("exit", resolve));

describe("superviseChild", () => {
  it("starts again a child killed with SIGKILL, and not one stopped on purpose", async () => {
    const restarts: (string | null)[] = [];
    let restarted: () => void = () => {};
    const again = new Promise<void>((resolve) => (restarted = resolve));
    const supervised = superviseChild(sleeper, {
      name: "sleeper",
      pauseMs: 10,
      onRestart: (_code, signal) => {
        restarts.push(signal);
        restarted();
      },
      onGiveUp: () => {
        throw new Error("should not give up");
      },
    });
    const first = supervised.current();
    first.process.kill("SIGKILL");
    await again;
    expect(restarts).toEqual(["SIGKILL"]);
    const second = supervised.current();
    expect(second.process.pid).not.toBe(first.process.pid);

    const exited = exitOf(second);
    await supervised.stop();
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(supervised.current()).toBe(second);
    expect(restarts).toHaveLength(1);
  });

  it("gives up on a child that keeps dying at start-up", async () => {
    const gaveUp = new Promise<number | null>((resolve) => {
      superviseChild(() => startChild(process.execPath, ["-e", "process.exit(7)"], { name: "crash", stdio: "ignore" }), { name: "crash", pauseMs: 10, maxRestarts: 2, onGiveUp: resolve });
    });
    expect(await gaveUp).toBe(7);
  });
});
