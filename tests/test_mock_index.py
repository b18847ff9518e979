"""The store's list answers against a brute-force oracle: random records, writes and queries.

The index keeps filters, search, sort orders and counts in arrays with deltas merged in
the writer's time; the oracle recomputes every answer from the documents alone. Small merge
thresholds make every path run: merged, pending and rebuilt orders, bulk loads, restarts.
"""

from __future__ import annotations

import functools
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from icloudready_mock import _index, _words
from icloudready_mock._store import ListQuery, Store, Table
from icloudready_spec import load

from .conftest import SPEC

STAGES = ["won", "new", "lost", "", "Won"]
WORDS = [
    "villa",
    "villas",
    "vill",
    "city",
    "flat",
    "garden",
    "sea",
    "seaside",
    "x1",
    "42",
    "internationalisation",
    "internationalised",
    "a",
]


def oracle_tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())  # the test data is ASCII


class Oracle:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.docs: dict[int, dict[str, Any]] = {}

    def matches(self, query: ListQuery) -> tuple[list[dict[str, Any]], int]:
        words = oracle_tokens(query.q or "") if query.q is not None else []
        hits = []
        for seq, doc in self.docs.items():
            if any(not isinstance(doc.get(f), str) or doc[f] != v for f, v in query.filters):
                continue
            have = oracle_tokens(self.table.search_text(doc))
            if all(any(t.startswith(w) for t in have) for w in words):
                hits.append((seq, doc))
        key = query.sort_by if query.sort_by in self.table.sorts else None

        def order(item: tuple[int, dict[str, Any]]) -> tuple[Any, ...]:
            seq, doc = item
            if key is None:
                return (seq,)
            value = doc.get(key)
            if self.table.sorts[key]:
                ok = isinstance(value, int | float) and not isinstance(value, bool)
                return (ok, value if ok else 0, seq)
            return (isinstance(value, str), value if isinstance(value, str) else "", seq)

        hits.sort(key=order, reverse=query.order == "desc")
        start = (query.page - 1) * query.limit
        return [doc for _, doc in hits[start : start + query.limit]], len(hits)


def merge(change: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    return {**document, **change}


def random_document(rng: random.Random, i: int) -> dict[str, Any]:
    doc: dict[str, Any] = {"_id": f"{rng.getrandbits(96):024x}"}
    if rng.random() < 0.9:
        doc["stage"] = rng.choice(STAGES)
    if rng.random() < 0.8:
        doc["revenue"] = rng.choice([rng.randint(-5, 50), rng.random() * 10, 7])
    if rng.random() < 0.7:
        doc["closeDate"] = f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    if rng.random() < 0.2:
        doc["status"] = rng.choice(["active", "closed", 5])  # 5: not a string, never matched
    words = rng.sample(WORDS, rng.randint(0, 4))
    doc["opportunityDescription"] = " ".join(words) + f" n{i}"
    doc["customer"] = rng.choice(["acme", "ACME Corp", f"c{i % 7}"])
    return doc


def random_query(rng: random.Random) -> ListQuery:
    filters: list[tuple[str, str]] = []
    if rng.random() < 0.4:
        filters.append(("stage", rng.choice(STAGES)))
    if rng.random() < 0.15:
        filters.append(("customer", rng.choice(["acme", "c3", "nobody"])))
    q = None
    if rng.random() < 0.6:
        q = " ".join(
            rng.sample([*WORDS, "v", "s", "n1", "!!", "internationalis"], rng.randint(0, 3))
        )
    return ListQuery(
        limit=rng.choice([1, 3, 20, 100]),
        page=rng.choice([1, 1, 2, 3, 7]),
        order=rng.choice(["asc", "desc"]),
        sort_by=rng.choice(
            [None, "revenue", "closeDate", "stage", "status", "createdAt", "updatedAt"]
        ),
        q=q,
        filters=tuple(filters),
    )


def check(store: Store, table: Table, oracle: Oracle, rng: random.Random, queries: int) -> None:
    for _ in range(queries):
        query = random_query(rng)
        docs, total = store.list_page(table, query)
        want, want_total = oracle.matches(query)
        assert total == want_total, query
        assert [json.loads(d)["_id"] for d in docs] == [d["_id"] for d in want], query
        if rng.random() < 0.2:  # a projection: exactly those fields, values unchanged
            fields = tuple(
                rng.sample(
                    [
                        "revenue",
                        "stage",
                        "status",
                        "opportunityDescription",
                        "closeDate",
                        "activityLog",
                        "nowhere",
                    ],
                    3,
                )
            )
            projected = store.list_page(table, ListQuery(**{**query.__dict__, "fields": fields}))
            keep = {"_id", *fields}
            assert [json.loads(d) for d in projected[0]] == [
                {k: v for k, v in d.items() if k in keep} for d in want
            ], fields


@pytest.fixture(params=["merged often", "never merged"])
def limits(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Small thresholds (every merge path runs), or none at all (the pending paths grow)."""
    often = request.param == "merged often"
    monkeypatch.setattr(_index, "DIRTY_LIMIT", 7 if often else 10**9)
    monkeypatch.setattr(_index, "_MERGE_LIMIT", 30)
    monkeypatch.setattr(_words, "DELTA_LIMIT", 5 if often else 10**9)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.usefixtures("limits")
def test_every_answer_equals_the_oracle_through_writes_merges_and_a_restart(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    resource = load(SPEC).resources["/opportunities"]
    db = tmp_path / "index.sqlite3"
    store = Store(str(db), [resource])
    table = store.table(resource)
    oracle = Oracle(table)
    documents = [random_document(rng, i) for i in range(300)]
    store.insert_many(table, documents)
    for seq, doc in enumerate(documents, start=1):
        oracle.docs[seq] = doc
    check(store, table, oracle, rng, 60)
    seq_of = {doc["_id"]: seq for seq, doc in oracle.docs.items()}
    for step in range(400):
        action = rng.random()
        if action < 0.4:
            text = store.create(
                table, {k: v for k, v in random_document(rng, 1000 + step).items() if k != "_id"}
            )
            doc = json.loads(text)
            seq = max(oracle.docs, default=0) + 1
            seq = max(seq, max(seq_of.values(), default=0) + 1)
            seq_of[doc["_id"]] = seq
            oracle.docs[seq] = doc
        elif action < 0.75 and oracle.docs:
            seq = rng.choice(list(oracle.docs))
            change = {
                k: v
                for k, v in random_document(rng, seq).items()
                if k != "_id" and rng.random() < 0.5
            }
            updated = store.update(table, oracle.docs[seq]["_id"], functools.partial(merge, change))
            assert updated is not None
            oracle.docs[seq] = json.loads(updated)
        elif oracle.docs:
            seq = rng.choice(list(oracle.docs))
            assert store.delete(table, oracle.docs.pop(seq)["_id"])
        if step % 10 == 0:
            check(store, table, oracle, rng, 8)
    check(store, table, oracle, rng, 60)
    store.close()
    reopened = Store(str(db), [resource])  # the index rebuilt from the documents alone
    check(reopened, reopened.table(resource), oracle, rng, 60)
    reopened.close()


def test_word_prefixes_totals_and_long_words(tmp_path: Path) -> None:
    resource = load(SPEC).resources["/opportunities"]
    store = Store(str(tmp_path / "big.sqlite3"), [resource])
    table = store.table(resource)
    store.insert_many(
        table,
        (
            {
                "_id": f"{i:024x}",
                "customer": f"customer {i}",
                "revenue": i,
                "stage": "won" if i % 10 == 0 else "new",
                "opportunityDescription": "Internationalisation" if i % 2 else "Internationalised",
                "updatedAt": "2024-01-01T00:00:00Z",
            }
            for i in range(50_000)
        ),
    )
    assert store.list_page(table, ListQuery(q="4242"))[1] == 11  # 4242 and 42420-42429
    page, total = store.list_page(table, ListQuery(q="customer 42421"))
    assert total == 1
    assert '"customer":"customer 42421"' in page[0]
    # Of 4242 and 42420-42429 only 42420 is a multiple of 10.
    assert store.list_page(table, ListQuery(q="customer 4242", filters=(("stage", "won"),)))[1] == 1
    # Words past the 16 bytes the index keeps are confirmed against the text.
    assert store.list_page(table, ListQuery(q="internationalisatio"))[1] == 25_000
    assert store.list_page(table, ListQuery(q="internationalise"))[1] == 25_000
    assert store.list_page(table, ListQuery(q="INTERNATIONALIS"))[1] == 50_000
    assert store.list_page(table, ListQuery(q="internationalisations"))[1] == 0
    assert store.list_page(table, ListQuery(q="Ïnternàtionalisation"))[1] == 25_000  # accents
    store.close()
