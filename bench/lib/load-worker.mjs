/**
 * Runs autocannon in its own process (forked by load.mjs), so the load generator never shares
 * an event loop with the benchmark's orchestration or the servers it measures. Receives one job
 * over IPC, sends back autocannon's result, and exits.
 */
import autocannon from 'autocannon';

process.once('message', async (job) => {
  try {
    const base = {
      url: job.url,
      method: job.method ?? 'GET',
      headers: job.headers ?? {},
      connections: job.connections,
      timeout: job.timeoutSeconds ?? 10,
    };
    if (job.warmupSeconds > 0) {
      await autocannon({ ...base, duration: job.warmupSeconds });
    }
    const options = { ...base };
    if (job.amount) {
      options.amount = job.amount;
      // A burst ends at the next sample tick: tick often, so its duration is not rounded up to 1 s.
      options.sampleInt = 10;
    } else {
      options.duration = job.duration;
    }
    if (job.bodies?.length) {
      // One body per request, in order: e.g. a registration form with a distinct e-mail each.
      let next = 0;
      options.requests = [
        {
          setupRequest: (request) => ({
            ...request,
            body: job.bodies[next++ % job.bodies.length],
          }),
        },
      ];
    } else if (job.body !== undefined) {
      options.body = job.body;
    }
    const result = await autocannon(options);
    process.send({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1));
  }
});
