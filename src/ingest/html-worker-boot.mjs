// Entry of the HTML reader's worker thread: loads TypeScript through tsx (as extract-worker-boot.mjs
// does), then the reader. Hooks registered in the main thread do not reach worker threads.
import { register } from "tsx/esm/api";

register();
await import("./html-worker-thread.ts");
