// A one-line progress bar for batches on a terminal, and the summary printed at the end.
import type { IngestProgress, IngestSummary } from "./ingest.ts";

/** Draws `[#####.....] 12/234 name` in place; `finish` clears the line. */
export function progressBar(write: (text: string) => void, width = 30) {
  let last = 0;
  let drawn = false;
  return {
    update(progress: IngestProgress): void {
      const now = Date.now();
      // Redraw at most every 50 ms, and always for the last item.
      if (drawn && now - last < 50 && progress.done < progress.total) return;
      last = now;
      drawn = true;
      const total = Math.max(progress.total, progress.done, 1);
      const filled = Math.round((progress.done / total) * width);
      const name = progress.current.length > 40 ? `…${progress.current.slice(-39)}` : progress.current;
      write(
        `\r\x1b[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${progress.done}/${total} ${name}`,
      );
    },
    finish(): void {
      if (drawn) write("\r\x1b[2K");
    },
  };
}

/** The end-of-batch summary: counts, then each skipped item with its reason. */
export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `added ${summary.added}, duplicates ${summary.duplicates}, near-duplicates ${summary.nearDuplicates}, ` +
      `not English (stored, not extracted) ${summary.notEnglish}, skipped ${summary.skipped}`,
  ];
  // Stored but in no topic: no brief shows them until a topic's rules take them in (docs: README, Topics).
  if (summary.unmatched > 0) {
    lines.push(
      `matched no topic ${summary.unmatched}: stored, in no brief until a topic takes them in (see briefbot topics rematch)`,
    );
  }
  for (const item of summary.items) {
    if (item.status === "skipped")
      lines.push(`  skipped ${item.source}: ${item.reason ?? "unknown reason"} [${item.code ?? "INTERNAL"}]`);
    for (const warning of item.warnings ?? []) lines.push(`  warning: ${warning}`);
  }
  return `${lines.join("\n")}\n`;
}
