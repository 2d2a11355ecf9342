// Preloaded by bench/cli-start.ts into each timed child: prints its peak RSS and CPU time on exit
// (CPU time varies less than wall time on a busy machine).
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`peak-rss-kb=${usage.maxRSS} cpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
