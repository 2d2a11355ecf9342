// `briefbot migrate-store --from sqlite:PATH --to postgres://...`: copies an existing install into
// PostgreSQL, with progress on stderr and the row counts of both sides checked at the end. Safe to
// run again after an interruption: it continues where it stopped.
import { BriefbotError } from "../core/errors.ts";
import { progressBar } from "../ingest/progress.ts";
import { migrateStore } from "../store/migrate-store.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs } from "./with-app.ts";

const USAGE = "briefbot migrate-store --from sqlite:PATH --to postgres://user:password@host:5432/db";

/** Runs `briefbot migrate-store`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCliArgs(
    { args, options: { from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" } } },
    USAGE,
  );
  const from = values.from ?? "";
  const to = values.to ?? "";
  if (!from.startsWith("sqlite:") || from.length <= "sqlite:".length) {
    throw new BriefbotError("INPUT_INVALID", `--from must be sqlite:PATH, got "${from}"`, { hints: [USAGE] });
  }
  if (!/^postgres(ql)?:\/\/\S+$/.test(to)) {
    throw new BriefbotError("INPUT_INVALID", "--to must be a postgres://... URL", { hints: [USAGE] });
  }
  const bar = io.isTTY ? progressBar(io.stderr) : null;
  let lastLine = 0;
  const report = await migrateStore(from.slice("sqlite:".length), to, (done, total, current) => {
    if (bar) {
      bar.update({ done, total, current });
    } else if (done === total || done - lastLine >= 500) {
      lastLine = done;
      io.stderr(`documents ${done}/${total}\n`);
    }
  });
  bar?.finish();
  if (values.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(
      `copied ${report.documentsCopied} documents (${report.documentsAlreadyThere} already there; ` +
        `${report.mode === "copy" ? "as stored" : "added again one by one: the target held other documents"}), ` +
        `${report.topics} topics, ${report.subscriptions} subscriptions, ${report.ledgerRowsCopied} ledger rows\n` +
        Object.keys(report.source)
          .map((table) => `${table}: ${report.source[table]} -> ${report.target[table] ?? 0}\n`)
          .join(""),
    );
  }
  if (report.mismatches.length > 0) {
    io.stderr(`counts differ for ${report.mismatches.join(", ")}: the copy is not whole (run it again)\n`);
    return 1;
  }
  return 0;
}
