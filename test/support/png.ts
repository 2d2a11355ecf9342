// A small PNG reader for tests: checks the signature, reads IHDR, inflates the IDAT stream with
// node:zlib and undoes the row filters, for 8-bit RGBA or RGB non-interlaced images (what resvg
// writes). Enough to ask "what colour is the pixel at (x, y)" of a chart that was really encoded.
import { inflateSync } from "node:zlib";

/** The 8 bytes every PNG starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG from its IHDR chunk, or null when `bytes` is not a PNG (the fakes' check). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const data = Buffer.from(bytes);
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (data.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** A decoded image: RGBA bytes, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  rgba: Buffer;
  /** [r, g, b, a] at (x, y). */
  pixel(x: number, y: number): [number, number, number, number];
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Decodes `bytes`; throws on anything but a valid 8-bit RGB(A) non-interlaced PNG. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const data = Buffer.from(bytes);
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("not a PNG: bad signature");
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colour = body[9];
      if (depth !== 8 || (colour !== 6 && colour !== 2) || body[12] !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${body[12]}`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === "IDAT") idat.push(body);
    else if (type === "IEND") {
      ended = true;
      break;
    }
    offset += 12 + length;
  }
  if (!ended || width === 0 || idat.length === 0) throw new Error("not a PNG: missing IHDR, IDAT or IEND");
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(width * height * 4);
  const previous = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    if (filter === undefined || filter > 4) throw new Error(`bad PNG row filter ${filter} on row ${y}`);
    for (let i = 0; i < stride; i++) {
      const x = raw[start + 1 + i]!;
      const a = i >= channels ? row[i - channels]! : 0;
      const b = previous[i]!;
      const c = i >= channels ? previous[i - channels]! : 0;
      const value =
        filter === 0
          ? x
          : filter === 1
            ? x + a
            : filter === 2
              ? x + b
              : filter === 3
                ? x + ((a + b) >> 1)
                : x + paeth(a, b, c);
      row[i] = value & 0xff;
    }
    for (let px = 0; px < width; px++) {
      out[(y * width + px) * 4] = row[px * channels]!;
      out[(y * width + px) * 4 + 1] = row[px * channels + 1]!;
      out[(y * width + px) * 4 + 2] = row[px * channels + 2]!;
      out[(y * width + px) * 4 + 3] = channels === 4 ? row[px * channels + 3]! : 255;
    }
    row.copy(previous);
  }
  return {
    width,
    height,
    rgba: out,
    pixel(x, y) {
      const i = (Math.floor(y) * width + Math.floor(x)) * 4;
      return [out[i]!, out[i + 1]!, out[i + 2]!, out[i + 3]!];
    },
  };
}

/** "#0072B2" as [r, g, b]. */
export const rgbOf = (hex: string): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

/** Whether a pixel is `hex` (within `tolerance` a channel, for anti-aliased edges). */
export const isColour = (pixel: readonly number[], hex: string, tolerance = 2): boolean =>
  rgbOf(hex).every((value, i) => Math.abs(value - pixel[i]!) <= tolerance);
