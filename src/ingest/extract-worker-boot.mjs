// Entry of an extract-pool worker thread: loads TypeScript through tsx (as bin/briefbot.js does),
// then the worker itself. Hooks registered in the main thread do not reach worker threads.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
