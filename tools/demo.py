"""`make demo`: start the mock on a SQLite file, run every operation through the SDK, stop it.

Prints what each call sent and got, so a new user sees the whole API in one run.
"""

from __future__ import annotations

import datetime
import sys
import tempfile
from pathlib import Path

import icloudready
from icloudready.models import OpportunityInput
from icloudready_mock import MockProcess

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
BASE = f"http://127.0.0.1:{PORT}"


def show(step: str, value: object) -> None:
    print(f"- {step}: {value}")


def main() -> int:
    db = Path(tempfile.mkdtemp(prefix="icloudready-demo-")) / "demo.sqlite3"
    with MockProcess(db, port=PORT, quiet=False):
        print(f"\nMock on {BASE}/api/v2, database {db}\n")
        with icloudready.Client.sign_in(
            "admin@example.com", "secret", base_url=f"{BASE}/api/v2"
        ) as client:
            show("POST /signin", repr(client))
            created = client.opportunities.create(
                customer="609a8f85c2834915d0a5a5e1",
                revenue=1000,
                probability=0.75,
                close_date=datetime.date(2023, 6, 30),
                opportunity_description="Interested in purchasing a seaside villa",
                stage="stage1",
            )
            show(
                "POST /opportunities",
                f"id={created.id} activity_log={len(created.activity_log or [])} entry",
            )
            quiet = client.opportunities.create_without_activity(customer="quiet co", revenue=50)
            show(
                "POST /opportunities/no-activity-opportunities",
                f"id={quiet.id} activity_log={quiet.activity_log}",
            )
            got = client.opportunities.retrieve(created.id)
            show("GET /opportunities/{id}", f"revenue={got.revenue} close_date={got.close_date}")
            put = client.opportunities.update(created.id, revenue=2500)
            show("PUT /opportunities/{id}", f"revenue={put.revenue} stage={put.stage} (unchanged)")
            patched = client.opportunities.patch(created.id, stage="won")
            show("PATCH /opportunities/{id}", f"stage={patched.stage} revenue={patched.revenue}")
            bulk = client.opportunities.update_multiple(
                ids=[created.id, quiet.id, "0" * 24], update=OpportunityInput(status="closed")
            )
            show("PUT /opportunities/multiple", [(r.id[:8], r.status) for r in bulk.results])
            page = client.opportunities.list(q="villa", limit=10)
            show(
                "GET /opportunities?q=villa",
                f"total={page.total} ids={[o.id[:8] for o in page.items]}",
            )
            every = list(client.opportunities.list_all(limit=1))
            show("GET /opportunities (every page, limit=1)", f"{len(every)} records")
            client.opportunities.delete(quiet.id)
            show("DELETE /opportunities/deleted/{id}", "deleted")
            try:
                client.opportunities.retrieve(quiet.id)
            except icloudready.NotFoundError as exc:
                show("GET after delete", f"{type(exc).__name__}: {exc}")
            try:
                client.opportunities.retrieve("multiple")
            except icloudready.InvalidPathParameterError as exc:
                show("retrieve('multiple')", f"refused before sending: {exc}")
        print("\nEvery operation ran against the mock.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
