"""Run the app with uvicorn on a socket bound first, so ``--port 0`` can print the real port.

``BackgroundServer`` runs the same server in a thread for the browser tests and the page-load benchmark:
they exercise the real HTTP stack, not a test client.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        from purpose_agent.plugin import ConfigError

        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}); pick another --port") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _server(app: Any) -> Any:
    """A uvicorn server that also tells the app it is stopping, so event streams close promptly."""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            _stop(app)
            super().handle_exit(sig, frame)

    config = uvicorn.Config(
        app, log_level="warning", access_log=False, timeout_graceful_shutdown=3, lifespan="off"
    )
    return Server(config)


def _stop(app: Any) -> None:
    event = getattr(app, "stopping", None)
    if event is not None:
        event.set()


def serve(app: Any, sock: socket.socket) -> None:
    _server(app).run(sockets=[sock])


class BackgroundServer:
    """``with BackgroundServer(app) as url: ...``: a real uvicorn server on a free loopback port."""

    def __init__(self, app: Any, host: str = "127.0.0.1") -> None:
        self.app = app
        self.host = host
        self.server: Any = None
        self.thread: threading.Thread | None = None

    def __enter__(self) -> str:
        sock = bind(self.host, 0)
        port = sock.getsockname()[1]
        self.server = _server(self.app)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the review page server did not start within 10 s")
            time.sleep(0.02)
        return f"http://{self.host}:{port}"

    def __exit__(self, *exc: object) -> None:
        _stop(self.app)
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
