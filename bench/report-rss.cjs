// Preloaded by bench/cli-start.ts into each timed child: prints the process's peak RSS on exit.
process.on("exit", () => {
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
