// Preloaded into a CLI under measurement (node -r): prints its CPU time on exit, to stderr, for the bench.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nbench-cpu-us ${user + system}\n`);
});
