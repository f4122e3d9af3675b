"""A server under test in Python's standard library alone: GET /health and POST /echo (contract §3.1).

It is the worked example of docs/adding-a-server.md: no framework, so every rule of the contract that a
framework would otherwise handle (status codes, problem+json, body limits, keep-alive) is written out here.
"""
import json
import os
import signal
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SERVER_NAME = os.environ.get("SERVER_NAME", "hello-python")
ECHO_LIMIT = 1024 * 1024  # §3.1: POST /echo takes JSON up to 1 MiB
MAX_NESTING = 64  # §1.3: deeper documents are unparseable (400)
ROUTES = {"/health": ("GET",), "/echo": ("POST",)}


class Refused(Exception):
    """A request the contract refuses: its status and the one-sentence detail of the problem+json body."""

    def __init__(self, status, detail, errors=None):
        super().__init__(detail)
        self.status, self.detail, self.errors = status, detail, errors


def nesting(value, depth=1):
    """The depth of the deepest container in a parsed JSON value (a scalar is 0)."""
    if isinstance(value, dict):
        return max((nesting(item, depth + 1) for item in value.values()), default=depth)
    if isinstance(value, list):
        return max((nesting(item, depth + 1) for item in value), default=depth)
    return depth - 1


def unstorable(value):
    """True when a string holds U+0000 or an unpaired surrogate, which §9.6 makes invalid input."""
    if isinstance(value, str):
        return "\x00" in value or any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, dict):
        return any(unstorable(key) or unstorable(item) for key, item in value.items())
    if isinstance(value, list):
        return any(unstorable(item) for item in value)
    return False


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, one connection per load-generator VU
    # Headers and body leave in separate writes: with Nagle on, the body waits for the client's delayed ACK (40 ms).
    disable_nagle_algorithm = True
    server_version = "hello-python"
    sys_version = ""

    def log_message(self, format, *args):
        """No per-request logging (§1.4)."""

    def handle_expect_100(self):
        # Refuse an oversized body by its length before the client sends it.
        if self.path == "/echo" and self.declared_length() > ECHO_LIMIT:
            self.close_connection = True
            self.send_problem(Refused(413, f"the body is over the {ECHO_LIMIT}-byte limit of POST /echo"))
            return False
        return super().handle_expect_100()

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def do_PATCH(self):
        self.dispatch("PATCH")

    def dispatch(self, method):
        path = self.path.split("?", 1)[0]
        try:
            if path not in ROUTES:
                raise Refused(404, f"no route {method} {path}")
            if method not in ROUTES[path]:
                raise Refused(405, f"{path} takes {', '.join(ROUTES[path])}, not {method}")
            body = self.health() if path == "/health" else self.echo()
            self.send_json(200, body)
        except Refused as refused:
            self.send_problem(refused)
        except Exception:  # no client input may cause a 500 (§1.3); if one does, it says nothing more
            self.close_connection = True
            self.send_problem(Refused(500, "the server failed unexpectedly"))

    def health(self):
        return {"status": "ok", "server": SERVER_NAME}

    def echo(self):
        media_type = self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if media_type != "application/json":
            self.discard_body()
            raise Refused(415, f"POST /echo takes application/json, not {media_type or 'a body without Content-Type'}")
        raw = self.read_body(ECHO_LIMIT)
        try:
            document = json.loads(raw.decode("utf-8"), parse_constant=reject_constant)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise Refused(400, "the body is not valid UTF-8 JSON")
        if nesting(document) > MAX_NESTING:
            raise Refused(400, f"the body nests deeper than {MAX_NESTING} levels")
        if not isinstance(document, dict):
            raise Refused(422, "the body must be a JSON object", {"body": ["must be an object"]})
        message, data = document.get("message"), document.get("data")
        if not isinstance(message, str):
            raise Refused(422, "message is required and must be a string", {"message": ["must be a string"]})
        if data is not None and not isinstance(data, dict):
            raise Refused(422, "data must be an object or null", {"data": ["must be an object or null"]})
        for name, value in (("message", message), ("data", data)):
            if unstorable(value):
                raise Refused(422, f"{name} holds U+0000 or an unpaired surrogate", {name: ["holds text that cannot be stored"]})
        return {"message": message, "data": data}

    def declared_length(self):
        try:
            return int(self.headers.get("Content-Length", "0"))
        except ValueError:
            return -1

    def read_body(self, limit):
        length = self.declared_length()
        if length < 0 or "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise Refused(400, "the body needs a valid Content-Length")
        if length > limit:
            self.close_connection = True  # the body stays unread: this connection cannot carry another request
            raise Refused(413, f"the body is over the {limit}-byte limit of POST /echo")
        return self.rfile.read(length)

    def discard_body(self):
        length = self.declared_length()
        if 0 < length <= ECHO_LIMIT:
            self.rfile.read(length)
        elif length != 0:
            self.close_connection = True

    def send_json(self, status, body, content_type="application/json"):
        payload = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        if status == 405:
            self.send_header("Allow", ", ".join(ROUTES[self.path.split("?", 1)[0]]))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(payload)

    def send_problem(self, refused):
        body = {"type": "about:blank", "title": HTTPStatus(refused.status).phrase, "status": refused.status, "detail": refused.detail}
        if refused.errors:
            body["errors"] = refused.errors
        self.send_json(refused.status, body, "application/problem+json")

    def send_error(self, code, message=None, explain=None):
        """Errors http.server raises before routing (414, 431, 400 framing) are problem+json too (§9.2)."""
        self.close_connection = True
        self.send_problem(Refused(code, message or HTTPStatus(code).phrase))


def main():
    port = int(os.environ.get("PORT", "8000"))
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    # SIGTERM is the lab's stop: finish the request in hand, then leave.
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(f"hello-python listening on 127.0.0.1:{port}", file=sys.stderr, flush=True)
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
