// SVG -> PNG with resvg (@resvg/resvg-js: Rust resvg with prebuilt binaries shipped as npm
// optionalDependencies, so installing downloads nothing beyond the registry and runs no script).
// resvg draws text only with fonts it is given: we load DejaVu Sans from the dejavu-fonts-ttf
// package, so a chart looks the same on a bare container with no system fonts; should that package
// be missing, the system's fonts are the fallback.
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { type Chart, FONT_FAMILY } from "../core/charts/svg.ts";
import type { ReplyChart } from "../core/reply.ts";

const require = createRequire(import.meta.url);

/** The bundled font files, or null when the package is not installed. */
function bundledFonts(): string[] | null {
  try {
    return [
      require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
      require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
    ];
  } catch {
    return null;
  }
}

const FONT_FILES = bundledFonts();

/** Where the rasteriser's fonts come from, for the bench and the docs. */
export const fontSource = (): string => (FONT_FILES ? "dejavu-fonts-ttf (bundled)" : "system fonts");

/** The PNG of an SVG string, at the SVG's own size. */
export function svgToPng(svg: string): { png: Buffer; width: number; height: number } {
  const font = FONT_FILES
    ? {
        loadSystemFonts: false,
        fontFiles: FONT_FILES,
        defaultFontFamily: FONT_FAMILY,
        sansSerifFamily: FONT_FAMILY,
      }
    : { loadSystemFonts: true, sansSerifFamily: FONT_FAMILY };
  const image = new Resvg(svg, { font, fitTo: { mode: "original" }, logLevel: "off" }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** A chart as a PNG attachment: `<stem>-<kind>.png`, its title and alt text. */
export function rasterise(chart: Chart, stem: string): ReplyChart {
  const { png, width, height } = svgToPng(chart.svg);
  return { fileName: `${stem}-${chart.kind}.png`, title: chart.title, alt: chart.alt, png, width, height };
}
