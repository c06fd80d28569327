"""`findings serve`: the built graph as a read-only SPARQL endpoint with an offline query page.

server = make_server(Path("graphs"), "127.0.0.1", 0)   # port 0: any free port
threading.Thread(target=server.serve_forever).start(); …; close_server(server)
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

from findings.serve.app import FindingsServer, Site
from findings.serve.pool import WorkerPool

__all__ = ["close_server", "is_loopback", "make_server"]


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses: the only ones served without an explicit flag."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(
    folder: Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    timeout: float = 30.0,
    limit: int = 10_000,
    workers: int = 2,
    base: str | None = None,
    queries_folder: Path | None = None,
    quiet: bool = False,
) -> FindingsServer:
    """A bound server over folder/store (loaded from folder/graph.nt if needed); call serve_forever() to answer."""
    from findings.rdf.iris import DEFAULT_BASE
    from findings.store.embedded import refresh_store
    from findings.store.named import named_queries

    store_dir = refresh_store(folder)
    queries = named_queries(queries_folder)
    pool = WorkerPool(store_dir, size=workers, timeout=timeout, limit=limit)
    try:
        site = Site(pool, base or DEFAULT_BASE, queries, None, quiet)
        server = FindingsServer((host, port), site)
    except BaseException:
        pool.close()
        raise
    if is_loopback(host):
        bound = server.server_address[1]
        names = ("127.0.0.1", "localhost", "[::1]", host.lower())
        site.allowed_hosts = {f"{name}:{bound}" for name in names} | set(names)
    return server


def close_server(server: FindingsServer) -> None:
    """Stop answering, close the socket and end the worker processes."""
    if server.running:
        server.shutdown()
    server.server_close()
    server.site.pool.close()
