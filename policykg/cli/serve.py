"""``policykg serve``: the store as a read-only SPARQL 1.1 endpoint, with a page to run the
named queries and links to the views and exports.

The SPARQL Protocol is Oxigraph's own server (``oxigraph serve-read-only``: GET and POST, results
as JSON, XML, CSV or TSV by ``Accept``, updates refused with 403), run on an internal loopback
port; a thin ASGI app (Starlette, served by uvicorn) passes ``/query`` through and adds the page.
Oxigraph's own query timeout does not stop every query in time (an aggregate over a large join
ran 38 s past a 1 s limit), so the limit is enforced here: a query that has not answered in time
gets 503 and the Oxigraph process is restarted, which stops the runaway query.

A query gets the ontology's prefixes it does not declare itself, as on the command line; a
malformed one gets 400 and one line that says where in its own text it goes wrong
(:mod:`.serve_sparql`). The page is Chinese, English with ``?lang=en`` (:mod:`.serve_i18n`); its
tables sort by a click on a column and download as CSV or xlsx (``/api/download``,
:mod:`.serve_download`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..store.queries import AGENCY_PARAMS, named_queries
from ..store.reading import find_agency_in
from ..store.binding import bind_values
from ..store.embedded import PlanStore, StoreError
from .serve_download import FORMATS, disposition, download_name, result_table, sort_rows, write_table
from .serve_i18n import render_page
from .serve_sparql import one_line, prefixed_request, syntax_error, with_prefixes

CANCELLED = b"The SPARQL operation has been cancelled"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph", path=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    if not found:
        raise RuntimeError("the Oxigraph server is missing: python3 -m pip install oxigraph")
    return found


class Backend:
    """An ``oxigraph serve-read-only`` process on a private loopback port."""

    def __init__(self, store: Path, timeout: float):
        self.store, self.timeout = store, timeout
        self.lock = threading.Lock()
        self.proc: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [oxigraph_binary(), "serve-read-only", "-l", str(self.store), "-b", f"127.0.0.1:{self.port}",
             "--timeout-s", str(max(1, int(self.timeout)))],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"the Oxigraph server stopped at start (store {self.store})")
                time.sleep(0.05)
        raise RuntimeError("the Oxigraph server did not start in 20 s")

    def restart(self) -> None:
        with self.lock:
            self.stop()
            self.start()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


MAX_BODY = 1024 * 1024  # a query or a page's request is a few KB: refuse what is far larger
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


class Snapshot:
    """What the server reads: the store as a build last left it. A build into the served store
    changes its files; the next request then reopens the store and restarts the engine, so
    answers follow the store (``X-PolicyKG-Store-Loaded`` says when it was last read)."""

    def __init__(self, path: Path, backend: "Backend"):
        self.path, self.backend, self.lock = path, backend, threading.Lock()
        self.store, self.stamp, self.checked = PlanStore(path, read_only=True), self._stamp(), time.monotonic()
        self.loaded = time.strftime("%Y-%m-%dT%H:%M:%S")

    def _stamp(self) -> float:
        return max((e.stat().st_mtime for e in os.scandir(self.path) if e.is_file()), default=0.0)

    def current(self) -> PlanStore:
        if time.monotonic() - self.checked > 1.0:  # (a stat of the store's files at most once a second)
            with self.lock:
                self.checked = time.monotonic()
                stamp = self._stamp()
                if stamp != self.stamp:
                    self.store, self.stamp = PlanStore(self.path, read_only=True), stamp
                    self.loaded = time.strftime("%Y-%m-%dT%H:%M:%S")
                    self.backend.restart()
        return self.store


def create_app(store_path: Path, timeout: float = 30.0, host: str = "127.0.0.1", cors: tuple[str, ...] = ()):
    """The ASGI app; ``app.state.backend`` is the Oxigraph process (stop it when done). Requests
    must name a loopback host (or ``host``) — a DNS-rebinding page cannot read the store — and
    come from the page itself or an origin in ``cors``; bodies are limited to :data:`MAX_BODY`."""
    import httpx
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    backend = Backend(store_path, timeout)
    snapshot = Snapshot(store_path, backend)
    files = Path(tempfile.mkdtemp(prefix="policykg-serve-"))

    def in_own_folder(write) -> bytes:
        """Run ``write(folder)`` in a folder of its own and return the file it wrote: two requests
        never share a file."""
        folder = Path(tempfile.mkdtemp(dir=files))
        try:
            out = write(folder)
            return out.read_bytes() if out and out.exists() else b""
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def refusal(message: str, accept: str, problem=None, status: int = 400) -> Response:
        """One line: plain text, or JSON for a client that reads JSON (a syntax error with its place)."""
        if "json" in accept:
            body = problem.json() if problem else json.dumps({"error": message}, ensure_ascii=False)
            return Response(body + "\n", status_code=status, media_type="application/json")
        return PlainTextResponse(message + "\n", status_code=status)

    async def forward(method: str, params, body: bytes | None, headers: dict, own: str | None = None) -> Response:
        """The request to the engine; ``own``: the query as its user wrote it, for a syntax error's place."""
        keep = {k: v for k, v in headers.items() if k.lower() in ("accept", "content-type")}
        await run_in_threadpool(snapshot.current)  # (a build since the last request: the engine reads it anew)
        try:
            r = await state["client"].request(method, backend.url + "/query", params=params, content=body, headers=keep)
            content = await r.aread()
        except httpx.TimeoutException:
            threading.Thread(target=backend.restart, daemon=True).start()  # stops the runaway query
            return PlainTextResponse(f"query time limit ({timeout:g} s) exceeded\n", status_code=503)
        except httpx.HTTPError:
            return PlainTextResponse("the SPARQL engine is restarting; try again\n", status_code=503)
        if CANCELLED in content[-200:]:
            return PlainTextResponse(f"query time limit ({timeout:g} s) exceeded\n", status_code=503)
        if r.status_code == 400:  # (the engine's parser dump, several lines: one line instead)
            accept = keep.get("accept", "")
            problem = await run_in_threadpool(syntax_error, own) if own is not None else None
            return refusal(problem.text() if problem else one_line(content.decode("utf-8", "replace")), accept, problem)
        return Response(content, status_code=r.status_code, media_type=r.headers.get("content-type"))

    async def query(request):
        """The SPARQL Protocol, with the ontology's prefixes a query does not declare itself."""
        params, body, own = prefixed_request(request.method, request.query_params.multi_items(),
                                             await request.body(), request.headers.get("content-type", ""))
        return await forward(request.method, params, body if request.method == "POST" else None, dict(request.headers), own)

    async def update(request):
        return PlainTextResponse("this endpoint is read-only: updates are refused\n", status_code=403)

    async def json_body(request, usage: str):
        """The request's JSON object (``params``, if any, an object), or a 400 that shows ``usage``."""
        try:
            data = json.loads(await request.body())
            if isinstance(data, dict) and isinstance(data.get("params") or {}, dict):
                return data
        except ValueError:
            pass
        return PlainTextResponse(f"the body must be JSON: {usage}\n", status_code=400)

    async def run(request):
        """The page's runner: a query text and parameters, bound as literals, results as JSON."""
        data = await json_body(request, '{"query": "…", "params": {"name": "value"}}')
        if isinstance(data, Response):
            return data
        return await answer(str(data.get("query", "")), dict(data.get("params") or {}),
                            request.headers.get("accept", "application/sparql-results+json"))

    async def answer(text: str, params: dict, accept: str) -> Response:
        """A query text with parameters (an agency as the command line takes it), bound as literals."""
        agency_params = AGENCY_PARAMS & set(params)
        area = str(params.pop("area", "")) if agency_params else ""  # (not a query variable: where an agency is)
        for p in agency_params:  # (an agency as the command line takes it: 人社, area 营口)
            found = await run_in_threadpool(find_agency_in, snapshot.current(), str(params[p]), area)
            if len(found.agencies) != 1:
                return PlainTextResponse(found.problem() + "\n", status_code=400)
            params[p] = found.agencies[0].name
        try:
            bound = with_prefixes(bind_values(text, params or None))
        except StoreError as err:  # a parameter that cannot be bound
            return PlainTextResponse(str(err), status_code=400)
        return await forward("POST", None, bound.encode("utf-8"), {"accept": accept, "content-type": "application/sparql-query"},
                             own=text)

    async def download(request):
        """A query's answer as a file: GET ?query=NAME&format=csv|xlsx&PARAM=…, or POST JSON
        {"query": text, "name", "params", "format", "sort": {"column", "descending"}} from the page."""
        named = named_queries()
        if request.method == "GET":
            ask = {k: v for k, v in request.query_params.items() if k not in ("query", "format")}
            name = request.query_params.get("query", "")
            data = {"name": name, "params": ask, "format": request.query_params.get("format", "xlsx")}
            if name not in named:
                return PlainTextResponse(f"unknown query '{name}': one of {', '.join(named)}\n", status_code=404)
        else:
            data = await json_body(request, '{"query": "…", "name": "…", "params": {…}, "format": "xlsx"}')
            if isinstance(data, Response):
                return data
        name, fmt, sort = str(data.get("name") or "query"), data.get("format"), data.get("sort") or {}
        if fmt not in FORMATS:
            return PlainTextResponse("format must be csv or xlsx\n", status_code=400)
        text = str(data.get("query") or (named[name].text if name in named else ""))
        r = await answer(text, dict(data.get("params") or {}), "application/sparql-results+json")
        if r.status_code != 200:
            return r
        try:
            columns, rows = result_table(json.loads(r.body))
        except (ValueError, KeyError, TypeError):
            return PlainTextResponse("only the answers of SELECT and ASK download as a table\n", status_code=400)
        if isinstance(sort, dict) and sort.get("column") in columns:
            rows = sort_rows(rows, columns.index(sort["column"]), bool(sort.get("descending")))
        body = await run_in_threadpool(in_own_folder, lambda folder: write_table(name, columns, rows, fmt, folder))
        return Response(body, media_type=FORMATS[fmt], headers={"Content-Disposition": disposition(download_name(name, fmt))})

    async def queries(request):
        return JSONResponse([{"name": n, "title": q.title, "description": q.description, "params": q.params, "text": q.text}
                             for n, q in named_queries().items()])

    async def view(request):
        from ..viz.build import make_view

        name = request.path_params["view"]
        if name not in ("departments", "plans", "trace", "department"):
            return PlainTextResponse("unknown view\n", status_code=404)
        keyword, plan, store = request.query_params.get("name") or "劳务品牌", request.query_params.get("plan"), snapshot.current()
        if name == "department":  # (the one agency the name means, as on the command line)
            found = await run_in_threadpool(find_agency_in, store, keyword, request.query_params.get("area", ""))
            if len(found.agencies) != 1:
                return PlainTextResponse(found.problem() + "\n", status_code=404 if not found.agencies else 400)
            keyword = found.agencies[0].name

        def write(folder: Path):
            out = folder / f"{name}.html"
            return out if make_view(store, name, keyword, plan, out)[0] else None

        body = await run_in_threadpool(in_own_folder, write)  # (off the event loop: queries go on meanwhile)
        return Response(body, media_type="text/html; charset=utf-8") if body else PlainTextResponse("nothing to draw\n", status_code=404)

    async def export(request):
        from ..export.publish import write_department_lists, write_graph, write_matrix
        from ..export.tables import ALIGNMENT_COLUMNS, EXTRA_COLUMNS, TASK_COLUMNS, alignment_rows, task_rows, write_rows

        name, store = request.path_params["file"], snapshot.current()
        if name not in ("tasks.csv", "alignments.csv", "departments.xlsx", "matrix.xlsx", "policykg.gexf"):
            return PlainTextResponse("unknown export\n", status_code=404)

        def write(folder: Path) -> Path:
            out = folder / name
            if name.endswith(".csv"):
                rows, columns = ((task_rows(store), TASK_COLUMNS + EXTRA_COLUMNS) if name == "tasks.csv"
                                 else (alignment_rows(store), ALIGNMENT_COLUMNS))
                with open(out, "w", encoding="utf-8", newline="") as fh:
                    write_rows(rows, columns, "csv", fh, bom=True)  # (for Excel: a BOM, no formulas run)
            elif name == "departments.xlsx":
                write_department_lists(store, "xlsx", str(out))
            elif name == "matrix.xlsx":
                write_matrix(store, "xlsx", out)
            else:
                write_graph(store, "gexf", out)
            return out

        body = await run_in_threadpool(in_own_folder, write)
        return Response(body, headers={"Content-Disposition": f'attachment; filename="{name}"'},
                        media_type="text/csv; charset=utf-8" if name.endswith(".csv") else "application/octet-stream")

    async def no_icon(request):
        return Response(status_code=204)  # (a browser asks for one: no 404 in its console)

    async def index(request):
        return HTMLResponse(render_page(PAGE, request.query_params.get("lang", "zh"), str(store_path)))

    state: dict = {}

    @contextlib.asynccontextmanager
    async def lifespan(app):
        # One client for the life of the server: creating one per request costs ~20 ms.
        async with httpx.AsyncClient(timeout=timeout) as client:
            state["client"] = client
            yield
        backend.stop()
        shutil.rmtree(files, ignore_errors=True)  # views and exports generated for this run

    class Guard:
        """Same origin (or --cors) only, bodies within MAX_BODY, and when the store was last read."""

        def __init__(self, app):
            self.app = app

        async def __call__(self, scope, receive, send):
            if scope["type"] != "http":
                return await self.app(scope, receive, send)
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            origin = headers.get("origin")
            if origin and origin not in cors and origin.split("://", 1)[-1] != headers.get("host"):
                return await PlainTextResponse("cross-origin requests are refused (serve --cors ORIGIN allows one)\n",
                                               status_code=403)(scope, receive, send)
            if int(headers.get("content-length") or 0) > MAX_BODY:
                return await PlainTextResponse(f"request body over {MAX_BODY // 1024} KB\n", status_code=413)(scope, receive, send)
            seen = 0

            async def bounded():
                nonlocal seen
                message = await receive()
                seen += len(message.get("body", b""))
                if seen > MAX_BODY:
                    raise ValueError("request body too large")
                return message

            async def stamped(message):
                if message["type"] == "http.response.start":
                    message["headers"] = list(message["headers"]) + [(b"x-policykg-store-loaded", snapshot.loaded.encode())]
                await send(message)

            await self.app(scope, bounded, stamped)

    hosts = sorted(LOOPBACK | {host}) if host not in ("0.0.0.0", "::") else ["*"]  # (a Host header names a port too: ignored)
    app = Starlette(routes=[
        Route("/", index), Route("/favicon.ico", no_icon), Route("/query", query, methods=["GET", "POST"]), Route("/update", update, methods=["GET", "POST"]),
        Route("/api/queries", queries), Route("/api/run", run, methods=["POST"]),
        Route("/api/download", download, methods=["GET", "POST"]),
        Route("/views/{view}", view), Route("/export/{file}", export),
    ], lifespan=lifespan, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts), Middleware(Guard)])
    app.state.backend = backend
    return app


PAGE = Path(__file__).with_name("serve_page.html").read_text(encoding="utf-8")


def serve(store_path: Path, host: str, port: int, timeout: float, cors: tuple[str, ...] = ()) -> None:
    import uvicorn

    app = create_app(store_path, timeout, host, cors)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        app.state.backend.stop()
