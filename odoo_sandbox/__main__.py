"""`python -m odoo_sandbox --port 8069 --db demo --path sandbox.sqlite`: the sandbox Odoo on its own."""
from __future__ import annotations

import argparse

import uvicorn

from . import SandboxOdoo


def main() -> None:
    parser = argparse.ArgumentParser(description="Sandbox Odoo 19 (JSON-RPC and JSON-2)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8069)
    parser.add_argument("--db", default="demo")
    parser.add_argument("--path", default="sandbox-odoo.sqlite")
    options = parser.parse_args()
    uvicorn.run(SandboxOdoo(path=options.path, db_name=options.db).app, host=options.host, port=options.port)


if __name__ == "__main__":
    main()
