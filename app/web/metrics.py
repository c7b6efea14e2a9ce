"""`/metrics` for Prometheus: every process's counters when the service runs several workers (see app/metrics.py)."""
from __future__ import annotations

from fastapi import APIRouter, Response

from app import metrics

router = APIRouter(tags=["health"])


@router.get("/metrics")
def scrape() -> Response:
    body, content_type = metrics.exposition()
    return Response(body, media_type=content_type)
