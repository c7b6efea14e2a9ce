"""Schemathesis against the service's own OpenAPI document (FastAPI's /openapi.json), with each provider's webhooks
in the app: every route, called with what the document allows and with what it does not, never answers with a 5xx
and answers only with the status codes the document lists.

The document is read from the app built on the sandbox Odoo, through Schemathesis' ASGI transport (no network), with
its Python API (its pytest plugin does not run under pytest 9). Signed webhooks refuse Schemathesis' unsigned calls
with the 403 they document. The examples are few and derandomized, so the run is short and repeatable.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import status_code_conformance

from app.web.app import create_app
from tests.webhook_sites import PROVIDERS, serving

ROUTES = {"console": "/console/", "twilio": "/webhooks/twilio/voice/", "ringcentral": "/webhooks/ringcentral/"}
UNDOCUMENTED = ("/inbox",)  # the staff inbox's refusals and redirects are not in the document yet: only no 5xx there
EXAMPLES = settings(max_examples=8, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_route_answers_with_a_server_error_or_an_undocumented_status(provider: str, odoo_url: str, tmp_path: Path) -> None:
    with serving(provider, odoo_url, tmp_path) as services:
        schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(services))
        operations = [result.ok() for result in schema.get_all_operations()]
        assert any(op.path.startswith(ROUTES[provider]) for op in operations), "the provider's webhooks are in the document"
        for operation in operations:
            checks = [not_a_server_error] if operation.path.startswith(UNDOCUMENTED) else [not_a_server_error, status_code_conformance]
            for mode in GenerationMode:

                @EXAMPLES
                @given(case=operation.as_strategy(generation_mode=mode))
                def call(case: schemathesis.Case) -> None:
                    case.call_and_validate(checks=checks)

                try:
                    call()
                except Unsatisfiable:  # nothing in this operation can be got wrong (a path of any text, no body)
                    assert mode is GenerationMode.NEGATIVE, operation.label
