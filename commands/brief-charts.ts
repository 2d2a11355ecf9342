// The charts of `/brief <topic> chart:yes`: a coverage timeline (documents per day, by story) and
// an actor graph (who is named with whom), built as SVG by src/core/charts and rasterised here.
// A chart that cannot be drawn never costs the brief: the reply says so instead.

import { rasterise } from "../src/charts/rasterise.ts";
import type { Story } from "../src/core/brief/stories.ts";
import type { TopicBrief } from "../src/core/brief/topic-brief.ts";
import { actorGraphChart } from "../src/core/charts/actor-graph.ts";
import type { Chart } from "../src/core/charts/svg.ts";
import { timelineChart } from "../src/core/charts/timeline.ts";
import type { Reply } from "../src/core/reply.ts";

/** The charts of a topic brief: the timeline (its top stories coloured) and the actor graph. */
export function topicCharts(brief: TopicBrief): Chart[] {
  const timeline = timelineChart({
    title: brief.topic.title,
    coverage: brief.coverage,
    stories: brief.stories.map((story) => ({ id: story.id, label: story.headline.text, days: story.days })),
  });
  const actors = actorGraphChart({
    title: brief.topic.title,
    actors: brief.actors,
    links: brief.actorLinks,
    documentCount: brief.storyDocuments,
  });
  return [timeline, actors].filter((chart): chart is Chart => chart !== null);
}

/** The chart of one story: its timeline (its actors' links are not kept per story). */
export function storyCharts(story: Story, topic: { title: string }): Chart[] {
  const timeline = timelineChart({
    title: `${topic.title}, story ${story.id}`,
    coverage: story.days,
    stories: [{ id: story.id, label: story.headline.text, days: story.days }],
  });
  return timeline ? [timeline] : [];
}

/** `reply` with the charts attached as PNG (named `<stem>-coverage.png`, `<stem>-actors.png`). */
export function withCharts(reply: Reply, charts: readonly Chart[], stem: string): Reply {
  if (charts.length === 0) {
    return {
      ...reply,
      sections: [
        ...reply.sections,
        {
          heading: "Charts",
          items: [{ kind: "text", text: "Nothing to chart: no documents in this window." }],
        },
      ],
    };
  }
  try {
    return { ...reply, charts: charts.map((chart) => rasterise(chart, stem)) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ...reply,
      sections: [
        ...reply.sections,
        {
          heading: "Charts",
          items: [{ kind: "text", text: `The charts could not be drawn (${why.slice(0, 200)}).` }],
        },
      ],
    };
  }
}
