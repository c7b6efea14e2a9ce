# A slim image that runs the service; configure it with FUSION_* environment variables (see README).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv
COPY pyproject.toml README.md ./
COPY app ./app
COPY dialogs ./dialogs
COPY prompts ./prompts
RUN pip install --no-cache-dir -e . && useradd --system --home /srv fusion && chown -R fusion /srv
USER fusion
EXPOSE 8000
CMD ["fusion-assist", "serve", "--host", "0.0.0.0", "--port", "8000"]
