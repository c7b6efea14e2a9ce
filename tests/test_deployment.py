"""The deployment files, checked without a container engine (none on the development and CI machines): the compose
example parses and runs only real `fusion-assist` commands with real options, and the image holds every part of the
project the code imports or reads at run time."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import yaml
from typer.testing import CliRunner

from app.cli import cli
from app.config import PROJECT_ROOT, Settings

COMPOSE = PROJECT_ROOT / "docker-compose.example.yml"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_compose_runs_postgres_16_a_one_shot_upgrade_the_web_service_and_a_worker() -> None:
    services = compose()["services"]
    assert services["db"]["image"] == "postgres:16"
    commands = {name: service.get("command") for name, service in services.items()}
    assert commands["migrate"] == ["fusion-assist", "db-upgrade"] and services["migrate"]["restart"] == "no"
    assert commands["web"][:2] == ["fusion-assist", "serve"] and "--workers" in commands["web"]
    assert commands["worker"] == ["fusion-assist", "worker"]
    worker = services["worker"]  # its own metrics port, scraped and probed, beside the shared settings
    port = worker["environment"]["FUSION_WORKER_METRICS_PORT"]
    assert worker["expose"] == [port] and f"http://127.0.0.1:{port}/metrics" in " ".join(worker["healthcheck"]["test"])
    for name in ("web", "worker"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert services[name]["env_file"] == ".env"
        assert services[name]["environment"]["FUSION_DATABASE_URL"].startswith("postgresql+psycopg://")


def test_every_command_in_the_compose_file_is_a_real_fusion_assist_command() -> None:
    """`--help` after the command's own arguments: an unknown command or option fails to parse (exit 2)."""
    runner = CliRunner()
    commands = [s["command"] for s in compose()["services"].values() if s.get("command")]
    assert len(commands) == 3
    for command in commands:
        assert command[0] == "fusion-assist"
        result = runner.invoke(cli, [*command[1:], "--help"])
        assert result.exit_code == 0, f"{command}: {result.output}"


def _copied(dockerfile: str) -> set[str]:
    """Top-level folders and files the Dockerfile copies from the build context."""
    return {source.rstrip("/") for line in re.findall(r"^COPY (?!--from)(.+)$", dockerfile, re.M) for source in line.split()[:-1]}


def _first_party_imports() -> set[str]:
    """Top-level names imported anywhere in the service's code that are folders or modules of this project."""
    names: set[str] = set()
    for path in [*PROJECT_ROOT.glob("app/**/*.py"), *PROJECT_ROOT.glob("dialogs/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return {name for name in names if (PROJECT_ROOT / name).is_dir() or (PROJECT_ROOT / f"{name}.py").is_file()}


def test_the_image_holds_every_package_the_code_imports_and_the_prompts_it_reads() -> None:
    dockerfile = DOCKERFILE.read_text()
    copied = _copied(dockerfile)
    assert _first_party_imports() == {"app", "dialogs", "odoo_sandbox"}  # the sandbox only by the demo, which says it is missing
    assert {"app", "dialogs", "pyproject.toml"} <= copied and "odoo_sandbox" not in copied
    # the image installs the packages (not editable), so folders read at run time by a path setting that points
    # outside them must be copied and the setting pointed there
    for name, field in Settings.model_fields.items():
        default = field.default
        if isinstance(default, Path) and default.is_relative_to(PROJECT_ROOT):
            top = default.relative_to(PROJECT_ROOT).parts[0]
            if top not in {"app", "dialogs"}:
                assert re.search(rf"^COPY {top} /srv/{top}$", dockerfile, re.M), f"{name}: {top}/ is not copied into the image"
                assert re.search(rf"FUSION_{name.upper()}=/srv/{top}\b", dockerfile), f"{name} is not set to /srv/{top}"


def test_the_image_runs_serve_as_a_non_root_user_with_a_healthcheck_on_healthz() -> None:
    dockerfile = DOCKERFILE.read_text()
    final = dockerfile.split("\nFROM ")[-1]  # the last stage: what the image is
    assert "COPY --from=build /opt/venv /opt/venv" in final and "pip install" not in final
    assert re.search(r"^USER (?!root)\w+", final, re.M)
    assert re.search(r"^HEALTHCHECK .*\n.*urllib\.request\.urlopen\('http://127\.0\.0\.1:8000/healthz'", final, re.M)
    assert '"fusion-assist", "serve"' in final and "FUSION_LOG_FORMAT=json" in final
    assert {"tests", ".git", ".venv", ".env"} <= set((PROJECT_ROOT / ".dockerignore").read_text().split())


def test_the_configuration_reference_names_every_setting() -> None:
    reference = (PROJECT_ROOT / "docs" / "configuration.md").read_text()
    variables = reference.split("\n## Environment variables\n", 1)[1].split("\n## ", 1)[0]
    missing = [f"FUSION_{name.upper()}" for name in Settings.model_fields if f"`FUSION_{name.upper()}`" not in variables]
    assert not missing, f"settings docs/configuration.md's Environment variables section does not name: {missing}"


def test_the_demo_without_the_sandbox_says_to_run_it_from_a_clone(monkeypatch) -> None:
    """The image has no sandbox Odoo: `demo` and `chat` explain that instead of a traceback."""
    monkeypatch.setitem(sys.modules, "odoo_sandbox", None)  # importing it now fails as in the image
    for command in (["demo", "--port", "0"], ["chat"]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 2, result.output
        assert "leaves out" in result.output and "clone" in result.output
