// The charts through the real rasteriser: a valid PNG of the SVG's size, whose pixels show the
// bars of known data at the heights the counts give (decoded here with node:zlib, not by resvg).
import { describe, expect, it } from "vitest";
import { rasterise, svgToPng } from "../../src/charts/rasterise.ts";
import { actorGraphChart, actorGraphLayout, TYPE_COLOURS } from "../../src/core/charts/actor-graph.ts";
import { OTHER_COLOUR, PALETTE } from "../../src/core/charts/svg.ts";
import { timelineChart, timelineLayout } from "../../src/core/charts/timeline.ts";
import { KNOWN } from "../core/chart-fixtures.ts";
import { decodePng, isColour, PNG_SIGNATURE } from "../support/png.ts";

/** How many pixels of the column at x have `hex`. */
const columnCount = (image: ReturnType<typeof decodePng>, x: number, hex: string): number => {
  let n = 0;
  for (let y = 0; y < image.height; y++) if (isColour(image.pixel(x, y), hex)) n++;
  return n;
};

describe("rasterised timeline", () => {
  const chart = timelineChart(KNOWN)!;
  const layout = timelineLayout(KNOWN)!;
  const attachment = rasterise(chart, "test-topic");
  const image = decodePng(attachment.png);

  it("is a PNG of the chart's size, named after the topic", () => {
    expect(Buffer.from(attachment.png).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([image.width, image.height]).toEqual([chart.width, chart.height]);
    expect([attachment.width, attachment.height]).toEqual([800, layout.height]);
    expect(attachment.fileName).toBe("test-topic-coverage.png");
    expect(attachment.alt).toBe(chart.alt);
  });

  it("draws each bar's stories at heights in proportion to their documents (1, 0, 3 of story 1)", () => {
    const perDocument = 220 / layout.yMax; // the plot is 220 px high
    const [one, two, three] = layout.bars.map((bar) => Math.round(bar.x + bar.width / 2)) as [
      number,
      number,
      number,
    ];
    const near = (value: number, expected: number) =>
      expect(Math.abs(value - expected)).toBeLessThanOrEqual(2);
    near(columnCount(image, one, PALETTE[0]), perDocument);
    near(columnCount(image, two, PALETTE[0]), 0);
    near(columnCount(image, three, PALETTE[0]), 3 * perDocument);
    near(columnCount(image, two, PALETTE[1]), perDocument);
    near(columnCount(image, two, OTHER_COLOUR), perDocument);
    near(columnCount(image, three, OTHER_COLOUR), perDocument);
    // Story 1 sits at the bottom of its bar; above the one-document bar is background.
    expect(isColour(image.pixel(one, layout.plot.bottom - perDocument / 2), PALETTE[0])).toBe(true);
    expect(isColour(image.pixel(one, layout.plot.bottom - perDocument * 1.5), "#FFFFFF")).toBe(true);
    // The grey "other" part of the tallest bar reaches the top of the plot.
    expect(isColour(image.pixel(three, layout.plot.top + 5), OTHER_COLOUR)).toBe(true);
  });

  it("draws text with the bundled font (title pixels are dark)", () => {
    let dark = 0;
    for (let y = 8; y < 30; y++) {
      for (let x = 52; x < 250; x++) if (image.pixel(x, y)[0] < 100) dark++;
    }
    expect(dark).toBeGreaterThan(100);
  });
});

describe("rasterised actor graph", () => {
  it("shows each actor as a disc of its type's colour where the layout puts it", () => {
    const input = {
      title: "T",
      actors: [
        { name: "China", type: "place" as const, mentions: 30, documents: 3 },
        { name: "Bonny Lin", type: "person" as const, mentions: 10, documents: 2 },
        { name: "CSIS", type: "org" as const, mentions: 4, documents: 1 },
      ],
      links: [{ source: "China", target: "Bonny Lin", documents: 2 }],
      documentCount: 3,
    };
    const chart = actorGraphChart(input)!;
    const image = decodePng(rasterise(chart, "t").png);
    expect([image.width, image.height]).toEqual([800, 580]);
    for (const node of actorGraphLayout(input)!.nodes) {
      expect(isColour(image.pixel(node.x, node.y), TYPE_COLOURS[node.type].colour), node.name).toBe(true);
    }
  });
});

describe("svgToPng", () => {
  it("refuses SVG that is not well-formed with an error, never a crash", () => {
    expect(() => svgToPng("<svg")).toThrow();
  });
});
