# The service in a slim image (docs/operations.md): the first stage installs the project and its dependencies into
# a virtual environment; the final stage gets that environment and the prompts only: no pip cache, no build
# tools, no sources beside the installed packages. Configure it with FUSION_* environment variables.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app ./app
COPY dialogs ./dialogs
RUN /opt/venv/bin/pip install .

FROM python:3.11-slim
# JSON logs for a collector; metrics summed over `serve --workers N` (tmpfs or a fresh directory per container)
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH \
    FUSION_PROMPTS_DIR=/srv/prompts FUSION_LOG_FORMAT=json PROMETHEUS_MULTIPROC_DIR=/tmp/fusion-metrics
RUN useradd --system --no-create-home --home-dir /srv --shell /usr/sbin/nologin fusion
COPY --from=build /opt/venv /opt/venv
COPY prompts /srv/prompts
WORKDIR /srv
USER fusion
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["fusion-assist", "serve", "--host", "0.0.0.0", "--port", "8000"]
