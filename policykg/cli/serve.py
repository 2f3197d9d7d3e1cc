"""``policykg serve``: the store as a read-only SPARQL 1.1 endpoint, with a page to run the
named queries and links to the views and exports.

The SPARQL Protocol is Oxigraph's own server (``oxigraph serve-read-only``: GET and POST, results
as JSON, XML, CSV or TSV by ``Accept``, updates refused with 403), run on an internal loopback
port; a thin ASGI app (Starlette, served by uvicorn) passes ``/query`` through and adds the page.
Oxigraph's own query timeout does not stop every query in time (an aggregate over a large join
ran 38 s past a 1 s limit), so the limit is enforced here: a query that has not answered in time
gets 503 and the Oxigraph process is restarted, which stops the runaway query.
"""

from __future__ import annotations

import contextlib
import html
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
from ..store.embedded import PREFIX_HEADER, PlanStore, StoreError

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

    async def forward(method: str, params: dict | None, body: bytes | None, headers: dict) -> Response:
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
        return Response(content, status_code=r.status_code, media_type=r.headers.get("content-type"))

    async def query(request):
        if request.method == "GET":
            return await forward("GET", dict(request.query_params), None, dict(request.headers))
        return await forward("POST", None, await request.body(), dict(request.headers))

    async def update(request):
        return PlainTextResponse("this endpoint is read-only: updates are refused\n", status_code=403)

    async def run(request):
        """The page's runner: a query text and parameters, bound as literals, results as JSON."""
        try:
            data = json.loads(await request.body())
            if not isinstance(data, dict) or not isinstance(data.get("params") or {}, dict):
                raise ValueError
        except ValueError:
            return PlainTextResponse('the body must be JSON: {"query": "…", "params": {"name": "value"}}\n', status_code=400)
        params = dict(data.get("params") or {})
        agency_params = AGENCY_PARAMS & set(params)
        area = str(params.pop("area", "")) if agency_params else ""  # (not a query variable: where an agency is)
        for p in agency_params:  # (an agency as the command line takes it: 人社, area 营口)
            found = await run_in_threadpool(find_agency_in, snapshot.current(), str(params[p]), area)
            if len(found.agencies) != 1:
                return PlainTextResponse(found.problem() + "\n", status_code=400)
            params[p] = found.agencies[0].name
        try:
            text = PREFIX_HEADER + bind_values(data.get("query", ""), params or None)
        except StoreError as err:  # a parameter that cannot be bound
            return PlainTextResponse(str(err), status_code=400)
        return await forward("POST", None, text.encode("utf-8"),
                             {"accept": request.headers.get("accept", "application/sparql-results+json"),
                              "content-type": "application/sparql-query"})

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

    async def index(request):
        return HTMLResponse(PAGE.replace("{store}", html.escape(str(store_path))))

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
        Route("/", index), Route("/query", query, methods=["GET", "POST"]), Route("/update", update, methods=["GET", "POST"]),
        Route("/api/queries", queries), Route("/api/run", run, methods=["POST"]),
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
