"""``policykg serve``'s app on a free loopback port, in a thread, for a test: ``with
serving(store, timeout) as url:`` starts it and stops it (server, thread and Oxigraph process)."""

import contextlib
import threading
import time

from policykg.cli.serve import create_app, free_port


@contextlib.contextmanager
def serving(path, timeout):
    import uvicorn

    port = free_port()
    app = create_app(path, timeout)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        app.state.backend.stop()
