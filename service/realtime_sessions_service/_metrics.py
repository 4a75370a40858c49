"""Prometheus metrics of one app: mints, refusals by reason, upstream latency.

Each app has its own registry, so two apps in one process (tests, an app mounting two policies)
do not mix counts. Labels hold only fixed words: never a caller id, a token or a key.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

CONTENT_TYPE = CONTENT_TYPE_LATEST
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.mints = Counter(
            "realtime_service_mints",
            "Tokens (or WebRTC calls) the service obtained for callers.",
            ["route"],
            registry=self.registry,
        )
        self.refusals = Counter(
            "realtime_service_refusals",
            "Requests answered without a mint, by reason.",
            ["reason"],
            registry=self.registry,
        )
        self.upstream_seconds = Histogram(
            "realtime_service_upstream_seconds",
            "Time the upstream API took to answer, by outcome.",
            ["outcome"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )

    def refused(self, reason: str) -> None:
        self.refusals.labels(reason=reason).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
