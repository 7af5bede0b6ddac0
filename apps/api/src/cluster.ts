import cluster, { type Worker } from 'node:cluster';

/** How long the copies get to finish their requests in hand before they are killed. */
const STOP_GRACE_MS = 30_000;
/** A copy that dies is replaced after this pause, doubled while replacements fail to start (up to 30 s). */
const RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * The primary of `processes` copies of the API sharing one port (node:cluster: the primary
 * hands each new connection to the next copy in turn). Node runs JavaScript on one core, so one
 * copy per core the API may use is how one machine serves more (DESIGN §8: the API is stateless).
 *
 * A copy that dies is replaced. If none has listened yet (a database that is not there, a port
 * that is taken), the API never started: all stop and the primary exits with 1, so the failure
 * reaches whoever started it instead of looping. SIGTERM or SIGINT stop every copy gracefully
 * (each closes its server and finishes what it has) before the primary exits.
 */
export function runApiProcesses(processes: number, log: Pick<Console, 'log' | 'error'> = console): void {
  const live = new Set<Worker>();
  let started = false;
  let stopping = false;
  let exitCode = 0;
  let delay = RESTART_DELAY_MS;

  const start = () => {
    const worker = cluster.fork();
    live.add(worker);
    worker.once('listening', () => {
      started = true;
      delay = RESTART_DELAY_MS;
      log.log(`api process ${worker.process.pid} listening`);
    });
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) {
        if (live.size === 0) process.exit(exitCode);
        return;
      }
      const how = signal ?? `code ${code}`;
      if (!started) {
        log.error(`api process ${worker.process.pid} exited before it listened (${how}); stopping`);
        stop(1);
        return;
      }
      log.error(`api process ${worker.process.pid} exited (${how}); starting another in ${delay / 1000} s`);
      // Not unref'd: with every copy gone the timer is what keeps the primary alive to replace them.
      setTimeout(() => !stopping && start(), delay);
      delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
    });
  };

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (live.size === 0) process.exit(code);
    for (const w of live) w.process.kill('SIGTERM');
    setTimeout(() => {
      for (const w of live) w.process.kill('SIGKILL');
      process.exit(code || 1);
    }, STOP_GRACE_MS).unref();
  };

  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  for (let i = 0; i < processes; i++) start();
  log.log(`api: ${processes} processes (primary ${process.pid})`);
}
