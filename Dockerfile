# The bot in a container: non-root, the database on the /data volume, a health check, migrations at start.
#   docker build -t mentorship-bot .
#   docker run --env-file .env -v mentorship-data:/data mentorship-bot
# compose.yaml runs it with a nightly backup. Polling by default; WEBHOOK_URL (+ WEBHOOK_SECRET) switches to a
# webhook server on port 8080 behind your reverse proxy.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
COPY locales ./locales
COPY questionnaires ./questionnaires
# editable: the code stays in /app beside locales/ and questionnaires/, which it reads from there
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir -e . \
    && find /app /venv -name __pycache__ -prune -exec rm -rf {} +

FROM python:3.11-slim-bookworm
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/venv/bin:$PATH \
    DATABASE_PATH=/data/mentorship.sqlite3 \
    HEALTH_PORT=8081 \
    LOG_FORMAT=json \
    MPLCONFIGDIR=/tmp/matplotlib
RUN useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir -p /data /backups \
    && chown bot:bot /data /backups
COPY --from=build /venv /venv
COPY --from=build /app /app
WORKDIR /app
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8080
# /healthz: the database answers and the scheduler runs (webhook server's port, or HEALTH_PORT when polling)
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["python", "-m", "bot", "healthcheck"]
# SIGTERM (docker stop) finishes the updates in hand, then exits; give it the grace period (compose: 30 s)
STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
