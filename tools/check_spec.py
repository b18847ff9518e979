"""Checks on openapi.yaml that the linters cannot make, and the list of its inferences.

    python tools/check_spec.py openapi.yaml               # fail on the problems below
    python tools/check_spec.py --inferences openapi.yaml  # list every x-inferred item

- the spec model reads it strictly: every operation has a kind (by the convention or an
  ``x-kind``), every keyword and extension is one it handles, method names are unique;
- what the declarations contradict (a filterable field that is not text, a record field
  that is neither the create body's nor readOnly...);
- the restated facts (list patterns and enums, the record's fields) are what
  ``make generate`` writes: edited by hand or left behind, they fail here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from writeback import write_back

from icloudready_spec import Spec, SpecError, load
from icloudready_spec._restated import problems


def problems_of(spec: Spec) -> list[str]:
    return problems(spec)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--inferences", action="store_true", help="list every x-inferred item")
    args = parser.parse_args(argv)
    try:
        spec = load(args.spec)
        _, drift = write_back(args.spec.read_text(encoding="utf-8"))
    except SpecError as exc:
        for problem in exc.problems:
            print(f"{args.spec}: {problem}", file=sys.stderr)
        return 1
    if args.inferences:
        for inference in spec.inferences:
            print(f"{inference.pointer}\n    {inference.reason}")
        print(f"{len(spec.inferences)} inferred items to verify against a live server")
        return 0
    found = problems_of(spec) + [
        f"{line.replace(': ', ' differs from ', 1)} (run `make generate`: it writes it)"
        for line in drift
    ]
    for problem in found:
        print(f"{args.spec}: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
