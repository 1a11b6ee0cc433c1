// Child processes of the start/test scripts, stopped together on exit.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import net from "node:net";

export type Child = { process: ChildProcess; stop: () => Promise<void> };

export function startChild(command: string, args: string[], options: SpawnOptions & { name: string }): Child {
  const child = spawn(command, args, { stdio: "inherit", ...options });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

export async function waitForPort(port: number, host = "127.0.0.1", timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, host, () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`Rien n'écoute sur ${host}:${port} après ${timeoutMs / 1000} s.`);
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type Supervised = { stop: () => Promise<void>; current: () => Child };

/**
 * Keeps a child running: when it dies while not being stopped (a crash, a kill -9, out of memory), it is started
 * again after a short pause, and the services it depends on (PostgreSQL, the mail catcher) are left as they are.
 * Gives up, calling onGiveUp, when it dies `maxRestarts` times within a minute (a bug at start-up, not a crash).
 * stop() ends it for good; a death seen while stopping (Ctrl-C reaches the whole process group) is not restarted.
 */
export function superviseChild(
  start: () => Child,
  options: { name: string; onRestart?: (code: number | null, signal: NodeJS.Signals | null) => void; onGiveUp: (code: number | null) => void; maxRestarts?: number; pauseMs?: number },
): Supervised {
  let child = start();
  let stopped = false;
  const deaths: number[] = [];
  const watch = (current: Child) => {
    current.process.once("exit", (code, signal) => {
      if (stopped) return;
      const now = Date.now();
      deaths.push(now);
      while (deaths.length > 0 && deaths[0] < now - 60_000) deaths.shift();
      if (deaths.length > (options.maxRestarts ?? 5)) {
        options.onGiveUp(code);
        return;
      }
      // The pause lets a Ctrl-C that killed the child reach this process first (stop() is then already called).
      setTimeout(() => {
        if (stopped) return;
        options.onRestart?.(code, signal);
        child = start();
        watch(child);
      }, options.pauseMs ?? 1000);
    });
  };
  watch(child);
  return {
    current: () => child,
    stop: async () => {
      stopped = true;
      await child.stop();
    },
  };
}
