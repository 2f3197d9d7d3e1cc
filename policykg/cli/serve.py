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
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..store.queries import named_queries
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


def create_app(store_path: Path, timeout: float = 30.0):
    """The ASGI app; ``app.state.backend`` is the Oxigraph process (stop it when done)."""
    import httpx
    from starlette.applications import Starlette
    from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    backend = Backend(store_path, timeout)
    local = PlanStore(store_path, read_only=True)  # for views and exports
    files = Path(tempfile.mkdtemp(prefix="policykg-serve-"))

    async def forward(method: str, params: dict | None, body: bytes | None, headers: dict) -> Response:
        keep = {k: v for k, v in headers.items() if k.lower() in ("accept", "content-type")}
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
        data = await request.json()
        try:
            text = PREFIX_HEADER + bind_values(data.get("query", ""), data.get("params") or None)
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
        out = files / f"{name}.html"
        n, _ = make_view(local, name, request.query_params.get("name") or "劳务品牌", request.query_params.get("plan"), out)
        return FileResponse(out) if n else PlainTextResponse("nothing to draw\n", status_code=404)

    async def export(request):
        from ..export.publish import write_department_lists, write_graph, write_matrix
        from ..export.tables import ALIGNMENT_COLUMNS, EXTRA_COLUMNS, TASK_COLUMNS, alignment_rows, task_rows, write_rows

        name = request.path_params["file"]
        out = files / name
        if name == "tasks.csv":
            with open(out, "w", encoding="utf-8", newline="") as fh:
                write_rows(task_rows(local), TASK_COLUMNS + EXTRA_COLUMNS, "csv", fh)
        elif name == "alignments.csv":
            with open(out, "w", encoding="utf-8", newline="") as fh:
                write_rows(alignment_rows(local), ALIGNMENT_COLUMNS, "csv", fh)
        elif name == "departments.xlsx":
            write_department_lists(local, "xlsx", str(out))
        elif name == "matrix.xlsx":
            write_matrix(local, "xlsx", out)
        elif name == "policykg.gexf":
            write_graph(local, "gexf", out)
        else:
            return PlainTextResponse("unknown export\n", status_code=404)
        return FileResponse(out, filename=name)

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

    app = Starlette(routes=[
        Route("/", index), Route("/query", query, methods=["GET", "POST"]), Route("/update", update, methods=["GET", "POST"]),
        Route("/api/queries", queries), Route("/api/run", run, methods=["POST"]),
        Route("/views/{view}", view), Route("/export/{file}", export),
    ], lifespan=lifespan)
    app.state.backend = backend
    return app


PAGE = Path(__file__).with_name("serve_page.html").read_text(encoding="utf-8")


def serve(store_path: Path, host: str, port: int, timeout: float) -> None:
    import uvicorn

    app = create_app(store_path, timeout)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        app.state.backend.stop()
