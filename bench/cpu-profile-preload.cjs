// Loaded into each api process by `bench:exam` in burst mode with BENCH_PROFILE=1 (NODE_OPTIONS
// --require, which cluster workers inherit). SIGURG starts V8's sampling profiler; the next SIGURG
// stops it and writes <CPU_PROFILE_DIR>/api-<pid>-<n>.cpuprofile. SIGURG because nothing else uses
// it (its default is to ignore it), while Nest's shutdown hooks take SIGUSR2 as a stop signal.
// Unlike --cpu-prof, which covers the whole life (boot, seeding, idle) and writes only on a clean
// exit (Nest's shutdown hook ends the process by re-raising SIGTERM, so it never does), this
// profiles exactly each burst.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  // One sample a millisecond, as --cpu-prof takes them: a burst of a few seconds still gives
  // thousands of samples per process.
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  let running = false;
  let written = 0;
  process.on('SIGURG', () => {
    if (!running) {
      running = true;
      session.post('Profiler.start');
      return;
    }
    running = false;
    session.post('Profiler.stop', (err, result) => {
      if (err) {
        process.stderr.write(`cpu profile of ${process.pid} failed: ${err.message}\n`);
        return;
      }
      written += 1;
      writeFileSync(join(dir, `api-${process.pid}-${written}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
