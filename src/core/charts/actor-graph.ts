// The actor graph: who appears with whom. The most mentioned actors sit on a circle in rank order
// (deterministic: the same brief draws the same picture), each a disc sized by mentions and
// coloured by type; a line joins two actors named in the same documents, thicker the more
// documents they share. The alt text gives the same facts in words.
import type { ActorType } from "../schemas.ts";
import { type Chart, count, fitAlt, num, shorten, svgDocument, textElement } from "./svg.ts";

/** An actor as the graph shows it. */
export interface GraphActor {
  name: string;
  type: ActorType;
  mentions: number;
  documents: number;
}

/** What the graph needs. */
export interface ActorGraphInput {
  title: string;
  actors: readonly GraphActor[];
  /** Pairs of actors (by name) and the documents that name both. */
  links: readonly { source: string; target: string; documents: number }[];
  /** The documents the links were counted in. */
  documentCount: number;
}

/** A node where it is drawn. */
export interface GraphNode extends GraphActor {
  x: number;
  y: number;
  r: number;
  colour: string;
}

/** Where everything goes. */
export interface ActorGraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  /** The strongest links, at most MAX_EDGES. */
  edges: { from: number; to: number; documents: number; width: number }[];
  /** How many links the shown actors have in all. */
  links: number;
  /** The nodes named with no other shown actor. */
  isolated: number[];
}

/** At most this many actors: more would not be readable at chat-image size. */
export const MAX_NODES = 10;
/** At most this many lines, the strongest (a stable sort keeps the given order among equals). */
export const MAX_EDGES = 15;
const WIDTH = 800;
const HEIGHT = 580;
const CENTRE = { x: 400, y: 310 };
const RADIUS = 170;
const MIN_R = 7;
const MAX_R = 30;

/** Colours by actor type, with the words the legend uses. */
export const TYPE_COLOURS: Record<ActorType, { colour: string; label: string }> = {
  person: { colour: "#0072B2", label: "person" },
  org: { colour: "#E69F00", label: "organisation" },
  place: { colour: "#009E73", label: "place" },
};

/** Where the nodes and lines go; null when there is no actor. */
export function actorGraphLayout(input: ActorGraphInput): ActorGraphLayout | null {
  const actors = [...input.actors]
    .sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || a.name.localeCompare(b.name))
    .slice(0, MAX_NODES);
  if (actors.length === 0) return null;
  const most = Math.max(1, ...actors.map((actor) => actor.mentions));
  const nodes: GraphNode[] = actors.map((actor, i) => {
    // The first actor at the top, the rest clockwise; one actor alone sits in the middle.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / actors.length;
    const radius = actors.length === 1 ? 0 : RADIUS;
    return {
      ...actor,
      x: CENTRE.x + radius * Math.cos(angle),
      y: CENTRE.y + radius * Math.sin(angle),
      r: MIN_R + (MAX_R - MIN_R) * Math.sqrt(Math.max(0, actor.mentions) / most),
      colour: TYPE_COLOURS[actor.type]?.colour ?? "#777777",
    };
  });
  const index = new Map(nodes.map((node, i) => [node.name, i]));
  // The strongest links only: one document naming ten actors would otherwise draw all 45 pairs.
  const valid = input.links.filter(
    (link) =>
      link.documents > 0 && index.has(link.source) && index.has(link.target) && link.source !== link.target,
  );
  const shown = [...valid].sort((a, b) => b.documents - a.documents).slice(0, MAX_EDGES);
  const linked = new Set(valid.flatMap((link) => [index.get(link.source)!, index.get(link.target)!]));
  const isolated = nodes.flatMap((_, i) => (linked.has(i) ? [] : [i]));
  const strongest = Math.max(1, ...shown.map((link) => link.documents));
  const edges = shown.map((link) => ({
    from: index.get(link.source)!,
    to: index.get(link.target)!,
    documents: link.documents,
    width: 1 + 7 * (link.documents / strongest),
  }));
  return { width: WIDTH, height: HEIGHT, nodes, edges, links: valid.length, isolated };
}

const TYPE_WORDS: Record<ActorType, string> = { person: "person", org: "organisation", place: "place" };

function altText(input: ActorGraphInput, layout: ActorGraphLayout): string {
  const { nodes, edges } = layout;
  const parts = [
    `Actor graph of ${input.title}: the ${nodes.length === 1 ? "most mentioned actor" : `${nodes.length} most mentioned actors`} in ${count(input.documentCount, "document")}, sized by mentions.`,
    `${nodes
      .map(
        (node) =>
          `${node.name} (${TYPE_WORDS[node.type] ?? node.type}, ${count(node.mentions, "mention")} in ${count(node.documents, "document")})`,
      )
      .join(", ")}.`,
  ];
  if (edges.length > 0) {
    const top = [...edges]
      .sort((a, b) => b.documents - a.documents || a.from - b.from || a.to - b.to)
      .slice(0, 6);
    parts.push(
      `Named together most: ${top
        .map(
          (edge) =>
            `${nodes[edge.from]!.name} and ${nodes[edge.to]!.name} (${count(edge.documents, "document")})`,
        )
        .join("; ")}.`,
    );
  }
  const alone = layout.isolated.map((i) => nodes[i]!.name);
  if (alone.length > 0 && nodes.length > 1)
    parts.push(`Named with no other actor shown: ${alone.join(", ")}.`);
  if (layout.links > edges.length)
    parts.push(`Lines: the ${edges.length} strongest of ${layout.links} links.`);
  return fitAlt(parts.join(" "));
}

/** The actor graph of a topic (or one story); null when there is no actor. */
export function actorGraphChart(input: ActorGraphInput): Chart | null {
  const layout = actorGraphLayout(input);
  if (!layout) return null;
  const { nodes, edges } = layout;
  const body: string[] = [
    textElement(20, 26, `Actors: ${shorten(input.title, 70)}`, { size: 16, weight: "bold" }),
    textElement(
      20,
      44,
      `who is named with whom in ${count(input.documentCount, "document")}; size: mentions`,
      {
        size: 12,
        fill: "#555555",
      },
    ),
  ];
  Object.values(TYPE_COLOURS).forEach((entry, i) => {
    const x = WIDTH - 330 + i * 110;
    body.push(
      `<circle cx="${x + 6}" cy="36" r="6" fill="${entry.colour}"/>`,
      textElement(x + 16, 40, entry.label, { size: 12 }),
    );
  });
  for (const edge of edges) {
    const a = nodes[edge.from]!;
    const b = nodes[edge.to]!;
    body.push(
      `<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="#8C8C8C" stroke-opacity="0.55" stroke-width="${num(edge.width)}" stroke-linecap="round"/>`,
    );
  }
  for (const node of nodes) {
    body.push(
      `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.r)}" fill="${node.colour}" stroke="#FFFFFF" stroke-width="2"/>`,
    );
    // Labels outside the circle: to the right of nodes on the right, left of those on the left.
    const dx = node.x - CENTRE.x;
    const dy = node.y - CENTRE.y;
    const length = Math.hypot(dx, dy) || 1;
    const lx = nodes.length === 1 ? node.x : node.x + (dx / length) * (node.r + 8);
    const ly = nodes.length === 1 ? node.y + node.r + 18 : node.y + (dy / length) * (node.r + 8) + 4;
    const anchor = nodes.length === 1 || Math.abs(dx) < 30 ? "middle" : dx > 0 ? "start" : "end";
    const below = nodes.length > 1 && Math.abs(dx) < 30 && dy > 0 ? 10 : 0;
    const above = nodes.length > 1 && Math.abs(dx) < 30 && dy < 0 ? -4 : 0;
    body.push(
      textElement(lx, ly + below + above, `${shorten(node.name, 24)} (${node.mentions})`, {
        size: 12,
        anchor,
      }),
    );
  }
  return {
    kind: "actors",
    title: `Actors: ${input.title}`,
    svg: svgDocument(layout.width, layout.height, body),
    width: layout.width,
    height: layout.height,
    alt: altText(input, layout),
  };
}
