"""The HTTP face of the sandbox: the routes a real Odoo 19 serves to odoorpc, JSON-RPC and JSON-2 clients."""
from __future__ import annotations

import re
import secrets
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from .errors import (
    AccessDenied, AccessError, BadRequest, InvalidValue, NotFound, OdooException, Unauthorized, UnprocessableEntity, WireError,
)
from .env import Env

VERSION_INFO = {
    "server_version": "19.0",
    "server_version_info": [19, 0, 0, "final", 0, ""],
    "server_serie": "19.0",
    "protocol_version": 1,
}


class SessionExpired(OdooException):
    name = "odoo.http.SessionExpiredException"
    http_status = 401

    def __init__(self) -> None:
        super().__init__("Session expired")


def _error_data(exc: BaseException) -> dict:
    """Odoo's serialize_exception: the exception's dotted class path, its message and the traceback."""
    if isinstance(exc, WireError):
        return exc.as_data(traceback.format_exc())
    name = f"builtins.{type(exc).__name__}" if type(exc).__module__ == "builtins" else f"{type(exc).__module__}.{type(exc).__name__}"
    message = str(exc)
    return {"name": name, "message": message, "arguments": [message], "context": {}, "debug": traceback.format_exc()}


def _rpc_result(request_id: Any, result: Any) -> JSONResponse:
    return JSONResponse({"jsonrpc": "2.0", "id": request_id, "result": result})


def _rpc_error(request_id: Any, exc: BaseException) -> JSONResponse:
    code, message = (100, "Odoo Session Expired") if isinstance(exc, SessionExpired) else (200, "Odoo Server Error")
    return JSONResponse({"jsonrpc": "2.0", "id": request_id, "error": {"code": code, "message": message, "data": _error_data(exc)}})


def build_app(env: Env, db_name: str) -> FastAPI:
    """Odoo's routes; the ORM runs on worker threads as Odoo's threaded server runs requests, so sign-ins and calls
    from several clients overlap (the ORM's own lock keeps its records consistent)."""
    app = FastAPI(title="Sandbox Odoo 19", docs_url=None, redoc_url=None, openapi_url=None)
    sessions: dict[str, int] = {}

    async def envelope(request: Request) -> tuple[Any, dict]:
        try:
            payload = await request.json()
        except ValueError as exc:
            raise InvalidValue("Invalid JSON data") from exc
        if not isinstance(payload, dict):
            raise InvalidValue("Invalid JSON-RPC request")
        params = payload.get("params") or {}
        return payload.get("id"), params if isinstance(params, dict) else {}

    def jsonrpc_route(path: str, handler: Any) -> None:
        async def route(request: Request) -> JSONResponse:
            request_id = None
            try:
                request_id, params = await envelope(request)
                return await handler(request, params, request_id)
            except Exception as exc:  # every failure goes back as Odoo's error object
                return _rpc_error(request_id, exc)

        app.add_api_route(path, route, methods=["POST"])

    def check_db(db: Any) -> None:
        if db != db_name:
            raise AccessDenied()

    async def version_info(request: Request, params: dict, request_id: Any) -> JSONResponse:
        return _rpc_result(request_id, VERSION_INFO)

    async def jsonrpc(request: Request, params: dict, request_id: Any) -> JSONResponse:
        service, method, args = params.get("service"), params.get("method"), list(params.get("args") or [])
        if service == "common":
            if method == "version":
                return _rpc_result(request_id, VERSION_INFO)
            if method in ("login", "authenticate"):
                db, login, password = args[:3]
                return _rpc_result(request_id, (await run_in_threadpool(env.authenticate, login, password) or False) if db == db_name else False)
        elif service == "db" and method == "list":
            return _rpc_result(request_id, [db_name])
        elif service == "db" and method == "server_version":
            return _rpc_result(request_id, VERSION_INFO["server_version"])
        elif service == "object" and method in ("execute", "execute_kw"):
            db, uid, password, model, model_method = args[:5]
            check_db(db)
            if not env.check_uid(uid, password):
                raise AccessDenied()
            if method == "execute":
                call_args, call_kwargs = args[5:], {}
            else:
                call_args, call_kwargs = list(args[5] if len(args) > 5 else []), dict(args[6] if len(args) > 6 and args[6] else {})
            call_kwargs.setdefault("context", {})
            call_kwargs["context"] = {**call_kwargs["context"], "uid": uid}
            return _rpc_result(request_id, await run_in_threadpool(env.call, model, model_method, call_args, call_kwargs))
        raise NameError(f"{service}.{method} is not a known service method")

    async def authenticate(request: Request, params: dict, request_id: Any) -> JSONResponse:
        check_db(params.get("db"))
        uid = await run_in_threadpool(env.authenticate, params.get("login"), params.get("password"))
        if uid is None:
            raise AccessDenied()
        if env.needs_second_factor(uid):  # Odoo 19 web/controllers/session.py: the mobile-app workaround answer
            return _rpc_result(request_id, {"uid": None})
        session_id = secrets.token_urlsafe(32)
        sessions[session_id] = uid
        info = env.user_info(uid)
        result = {**info, "db": db_name, "user_context": {"lang": info["lang"], "tz": info["tz"], "uid": uid}, "server_version_info": VERSION_INFO["server_version_info"]}
        response = _rpc_result(request_id, result)
        response.set_cookie("session_id", session_id, httponly=True, samesite="lax")
        return response

    def session_uid(request: Request) -> int:
        uid = sessions.get(request.cookies.get("session_id", ""))
        if uid is None:
            raise SessionExpired()
        return uid

    async def session_info(request: Request, params: dict, request_id: Any) -> JSONResponse:
        uid = session_uid(request)
        return _rpc_result(request_id, {**env.user_info(uid), "db": db_name})

    async def destroy(request: Request, params: dict, request_id: Any) -> JSONResponse:
        sessions.pop(request.cookies.get("session_id", ""), None)
        return _rpc_result(request_id, None)

    async def call_kw(request: Request, params: dict, request_id: Any) -> JSONResponse:
        uid = session_uid(request)
        kwargs = dict(params.get("kwargs") or {})
        kwargs["context"] = {**(kwargs.get("context") or {}), "uid": uid}
        return _rpc_result(request_id, await run_in_threadpool(env.call, params.get("model"), params.get("method"), list(params.get("args") or []), kwargs))

    jsonrpc_route("/web/webclient/version_info", version_info)
    jsonrpc_route("/jsonrpc", jsonrpc)
    jsonrpc_route("/web/session/authenticate", authenticate)
    jsonrpc_route("/web/session/get_session_info", session_info)
    jsonrpc_route("/web/session/destroy", destroy)
    jsonrpc_route("/web/dataset/call_kw", call_kw)
    jsonrpc_route("/web/dataset/call_kw/{path:path}", call_kw)

    @app.api_route("/web/version", methods=["GET"])
    async def web_version() -> JSONResponse:
        """As Odoo 19's rpc module answers it (no database, no login)."""
        return JSONResponse({"version_info": VERSION_INFO["server_version_info"], "version": VERSION_INFO["server_version"]})

    @app.post("/json/2/{model}/{method}")
    async def json2(model: str, method: str, request: Request) -> JSONResponse:
        """Odoo 19's JSON-2 (addons/rpc/controllers/json2.py): bearer API key, named arguments only, the bare result;
        an error is Odoo's error body with the status Odoo gives it: its own exceptions their `http_status`, werkzeug's
        for the route itself (Unauthorized, NotFound, UnprocessableEntity, BadRequest), anything else 500."""
        try:
            return JSONResponse(await json2_call(model, method, request))
        except Exception as exc:  # every failure goes back as Odoo's JSON-2 error body
            status = exc.http_status if isinstance(exc, WireError) else 500
            return JSONResponse(_error_data(exc), status_code=status)

    async def json2_call(model: str, method: str, request: Request) -> Any:
        match = re.match(r"^bearer\s+(.+)$", request.headers.get("authorization", ""), re.IGNORECASE)
        if match is None:
            raise Unauthorized("User not authenticated, use an API Key with a Bearer Authorization header.")
        uid = env.uid_for_api_key(match.group(1).strip())
        if uid is None:
            raise Unauthorized("Invalid apikey")
        database = request.headers.get("x-odoo-database")
        if database and database != db_name:
            raise NotFound("Database not found.")
        try:
            body = await request.json() if await request.body() else {}
        except ValueError as exc:
            raise BadRequest(f"could not parse the body as json: {exc}") from exc
        if not isinstance(body, dict):
            raise UnprocessableEntity("The request body must be a JSON object of named arguments")
        if not env.has_model(model):
            raise NotFound(f"the model {model!r} does not exist")
        if method.startswith("_"):
            raise AccessError(f"Private methods (such as '{model}.{method}') cannot be called remotely.")
        if not env.has_method(model, method):
            raise NotFound(f"The method '{model}.{method}' does not exist")
        ids = body.pop("ids", None)
        context = {**(body.pop("context", None) or {}), "uid": uid}
        args = [ids] if ids is not None else []
        if method == "create" and "vals_list" in body:
            args = [body.pop("vals_list")]
        try:
            env.bind(method, args, body)
        except TypeError as exc:
            raise UnprocessableEntity(str(exc)) from exc
        return await run_in_threadpool(env.call, model, method, args, {**body, "context": context})

    return app
