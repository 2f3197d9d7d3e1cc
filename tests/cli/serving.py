"""``policykg serve``'s app on a free loopback port, in a thread, for a test."""

import threading
import time

from policykg.cli.serve import create_app, free_port


def serve(path, timeout):
    import uvicorn

    port = free_port()
    app = create_app(path, timeout)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, app, f"http://127.0.0.1:{port}"
