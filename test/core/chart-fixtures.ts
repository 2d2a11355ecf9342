// Known data for the chart tests (the SVG tests here and the pixel tests in test/charts/).
import type { TimelineInput } from "../../src/core/charts/timeline.ts";

/** Seven documents over three days; two stories. */
export const KNOWN: TimelineInput = {
  title: "Test topic",
  coverage: [
    { date: "2026-11-03", documents: 1 },
    { date: "2026-11-04", documents: 2 },
    { date: "2026-11-05", documents: 4 },
  ],
  stories: [
    {
      id: "a",
      label: "Leaders meet at the summit",
      days: [
        { date: "2026-11-03", documents: 1 },
        { date: "2026-11-05", documents: 3 },
      ],
    },
    { id: "b", label: "Storm reaches the coast", days: [{ date: "2026-11-04", documents: 1 }] },
  ],
};
