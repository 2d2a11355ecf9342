// Writes slack/manifest.json and slack/manifest-socket-mode.json from the command list
// (`npm run manifests`); test/adapters/slack/manifest.test.ts fails when they are stale.
import { writeFileSync } from "node:fs";
import { COMMANDS } from "../commands/index.ts";
import { MANIFEST_FILES, manifestText } from "./slack-manifest.ts";

for (const mode of ["http", "socket"] as const) {
  const file = new URL(`../slack/${MANIFEST_FILES[mode]}`, import.meta.url);
  writeFileSync(file, manifestText(COMMANDS, mode));
  console.log(`wrote slack/${MANIFEST_FILES[mode]}`);
}
