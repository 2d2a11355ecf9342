# briefbot: multi-stage build on node:20-slim.
# Build stage: install with the toolchain better-sqlite3 needs to compile its native addon.
FROM node:20-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Production dependencies only (tsx runs the TypeScript sources; there is no compile step).
RUN npm ci --omit=dev --no-audit --no-fund

# Runtime stage: no compilers, a non-root user, the database on a volume.
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    BRIEFBOT_DB=/data/briefbot.db \
    BRIEFBOT_BRIEFS_DIR=/app/briefs
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY commands ./commands
COPY briefs ./briefs
RUN groupadd --system briefbot \
 && useradd --system --gid briefbot --create-home --home-dir /home/briefbot --shell /usr/sbin/nologin briefbot \
 && mkdir -p /data \
 && chown briefbot:briefbot /data
USER briefbot
VOLUME ["/data"]
# Slack HTTP mode listens here (SLACK_PORT); Socket Mode and Discord need no inbound port.
EXPOSE 3000
# /healthz and /metrics for the orchestrator; keep this port internal.
ENV BRIEFBOT_HEALTH_PORT=9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.BRIEFBOT_HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["npm", "start"]
