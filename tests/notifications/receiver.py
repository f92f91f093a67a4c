"""A real HTTP server on loopback that records what webhooks bring, and answers as told."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    url: str
    requests: list[Received] = field(default_factory=list)
    # What the next requests get: status codes in turn (the last one repeats).
    statuses: list[int] = field(default_factory=lambda: [200])
    delay: float = 0.0
    # Only these requests (0-based, in arrival order) wait `delay`; all of them if empty.
    delay_only: set[int] = field(default_factory=set)
    location: str = ""

    def next_status(self) -> int:
        return self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]


def start_receiver() -> tuple[Receiver, ThreadingHTTPServer]:
    receiver: Receiver

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            index = len(receiver.requests)
            receiver.requests.append(
                Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            )
            if receiver.delay and (not receiver.delay_only or index in receiver.delay_only):
                time.sleep(receiver.delay)
            status = receiver.next_status()
            self.send_response(status)
            if receiver.location:
                self.send_header("Location", receiver.location)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    receiver = Receiver(url=f"http://127.0.0.1:{server.server_port}/hooks/docket")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return receiver, server
