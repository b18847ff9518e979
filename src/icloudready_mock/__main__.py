"""``icloudready-mock``: serve the stateful mock of the API that openapi.yaml describes."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from icloudready_spec import dotted, load

from ._app import DEMO_TOKEN, DEMO_USER
from ._profiles import PROFILES
from ._server import build_app, uvicorn_config
from ._spec import packaged_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="icloudready-mock", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--db", default="mock.sqlite3", help="SQLite file, or :memory:")
    parser.add_argument(
        "--spec", default=None, help="serve this openapi.yaml instead of the packaged one"
    )
    parser.add_argument(
        "--token", action="append", help=f"accepted bearer token (repeatable; default {DEMO_TOKEN})"
    )
    parser.add_argument(
        "--rate-limit",
        action="store_true",
        help="enforce the spec's rate limits (x-rate-limits) per token",
    )
    parser.add_argument("--rate-limit-per-minute", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--faults",
        default=None,
        help='inject faults, e.g. "429=0.05,503=0.02,latency=0.1:200,drop=0.01"',
    )
    parser.add_argument("--faults-seed", type=int, default=None)
    parser.add_argument(
        "--header-timeout", type=float, default=10.0, help="seconds for request headers (10)"
    )
    parser.add_argument(
        "--body-timeout", type=float, default=10.0, help="seconds for a request body (10)"
    )
    parser.add_argument(
        "--max-connections", type=int, default=1000, help="open connections at most (1000)"
    )
    parser.add_argument(
        "--query-budget", type=float, default=0.5, help="seconds a list query may run (0.5)"
    )
    parser.add_argument(
        "--profile",
        default="default",
        choices=sorted(PROFILES),
        help="answer as if one group of openapi.yaml's inferences were wrong (see --profiles)",
    )
    parser.add_argument(
        "--profiles", action="store_true", help="list the profiles and what each changes"
    )
    parser.add_argument(
        "--not-served",
        action="store_true",
        help="list the operations answered 501 (no declared behaviour), for contract --not-served",
    )
    args = parser.parse_args(argv)
    if args.profiles:
        spec = load(args.spec or packaged_spec())
        for profile in PROFILES.values():
            changed = ", ".join(sorted(dotted(p) for p in profile.contradicts(spec)))
            print(f"{profile.name:18} {profile.description}")
            if changed:
                print(f"{'':18} contradicts: {changed}")
        return 0
    try:
        app = build_app(
            args.db,
            spec=args.spec,
            tokens=args.token,
            rate_limit=args.rate_limit,
            rate_limit_per_minute=args.rate_limit_per_minute,
            faults=args.faults,
            faults_seed=args.faults_seed,
            header_timeout=args.header_timeout,
            body_timeout=args.body_timeout,
            max_connections=args.max_connections,
            query_budget=args.query_budget,
            profile=args.profile,
        )
    except ValueError as exc:
        parser.error(str(exc))
    if args.not_served:
        print("\n".join(app.not_served))
        app.store.close()
        return 0
    base = f"http://{args.host}:{args.port}"
    print(
        f"iCloudReady mock: {base}{app.spec.prefix}  (docs {base}/docs, spec {base}/openapi.yaml)",
        flush=True,
    )
    print(f"  database: {args.db}", flush=True)
    if args.profile != "default":
        print(f"  profile: {args.profile} ({PROFILES[args.profile].description})", flush=True)
    print(f"  bearer token(s): {', '.join(app.tokens)}", flush=True)
    if app.users:
        print(f"  sign-in user: {DEMO_USER[0]} / {DEMO_USER[1]}", flush=True)
    if app.not_served:
        print(f"  answered 501 (no behaviour): {', '.join(app.not_served)}", flush=True)
    uvicorn.Server(uvicorn_config(app, args.host, args.port)).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
