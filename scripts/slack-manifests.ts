// Writes slack/manifest.json, slack/manifest-socket-mode.json and slack/manifest-oauth.json from the command list
// (`npm run manifests`); test/adapters/slack/manifest.test.ts fails when they are stale.
import { writeFileSync } from "node:fs";
import { COMMANDS } from "../commands/index.ts";
import { MANIFEST_FILES, type ManifestMode, manifestText } from "./slack-manifest.ts";

for (const mode of Object.keys(MANIFEST_FILES) as ManifestMode[]) {
  const file = new URL(`../slack/${MANIFEST_FILES[mode]}`, import.meta.url);
  writeFileSync(file, manifestText(COMMANDS, mode));
  console.log(`wrote slack/${MANIFEST_FILES[mode]}`);
}
