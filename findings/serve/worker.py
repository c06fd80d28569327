"""A query worker process: the server kills it when a query passes its deadline, which no thread can be made to do.

Protocol on stdin/stdout, one request at a time: a JSON line {"query", "params", "accept", "limit"} in; a JSON line
{"status", "type", "length", "truncated"} out, then `length` bytes of body.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO

from findings.serve.results import Answer, NotAcceptable, answer
from findings.store.base import QuerySyntaxError, Store, StoreError
from findings.store.named import QueryHeaderError, resolve_tails

TEXT = "text/plain; charset=utf-8"


def handle(store: Store, request: dict) -> Answer:
    """One request's answer; every failure becomes a status and a message, never a dead worker."""
    try:
        params = request.get("params") or None
        if params:  # an item given as the tail the command line takes
            params = resolve_tails(store, request["query"], params)
        result = store.run(request["query"], params)
        return answer(result, request.get("accept", ""), int(request.get("limit", 10_000)))
    except (QuerySyntaxError, QueryHeaderError) as err:
        return Answer(400, TEXT, str(err).encode("utf-8"))
    except NotAcceptable as err:
        return Answer(406, TEXT, str(err).encode("utf-8"))
    except ValueError as err:  # a parameter that names no one item
        return Answer(400, TEXT, str(err).encode("utf-8"))
    except StoreError as err:
        return Answer(400, TEXT, str(err).encode("utf-8"))
    except Exception as err:  # a bug or a store failure: report it, keep serving
        return Answer(500, TEXT, f"{type(err).__name__}: {err}".encode())


def serve_requests(store: Store, requests: IO[bytes], out: IO[bytes]) -> None:
    for line in requests:
        if not line.strip():
            continue
        reply = handle(store, json.loads(line))
        header = {"status": reply.status, "type": reply.media_type, "length": len(reply.body), "truncated": reply.truncated}
        out.write(json.dumps(header).encode("utf-8") + b"\n" + reply.body)
        out.flush()


def main(argv: list[str]) -> None:
    from findings.store.embedded import EmbeddedStore

    store = EmbeddedStore.open_dir(Path(argv[0]))
    protocol = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the protocol stream
    try:
        serve_requests(store, sys.stdin.buffer, protocol)
    except (BrokenPipeError, KeyboardInterrupt):
        pass


if __name__ == "__main__":
    main(sys.argv[1:])
