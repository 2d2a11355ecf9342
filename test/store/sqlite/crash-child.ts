// Child of crash.test.ts: adds heavy documents to the store at argv[2] forever, printing the count
// after each commit, until the parent kills it with SIGKILL.
import { openSqliteStore as openStore } from "../../../src/store/sqlite/sqlite-ports.ts";
import { brief, doc, filler, topic } from "../helpers.ts";

const store = openStore(process.argv[2]!);
await store.upsertTopic(topic("crash"));
let n = (store.db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
for (;;) {
  const document = doc(`Document ${n}. ${filler(1000 + n, 200)}`, { title: `Doc ${n}`, date: "2026-01-01" });
  const parts = {
    keyPoints: Array.from({ length: 20 }, (_, i) => `Point ${i} of document ${n}.`),
    actors: Array.from({ length: 30 }, (_, i) => ({ name: `Person ${n} ${i}`, aliases: [`P${n}x${i}`] })),
    quotes: Array.from({ length: 300 }, (_, i) => ({
      text: `quote ${i} marker${n} of the crash test`,
      speaker: { name: `Person ${n} ${i % 30}`, type: "person" as const },
    })),
  };
  await store.addDocument(document, brief(document, parts), ["crash"]);
  n++;
  process.stdout.write(`committed ${n}\n`);
}
