"""Generating the SDK from a spec into a folder of one's choice (not generated/).

`make check` regenerates into a temporary folder to compare with the working tree,
`make api-diff` generates the SDK of another revision's spec, and the pipeline tests
generate from edited copies of the spec: all through ``generate_into``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate_into(spec: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """``make generate`` with ``folder/generated`` as the output; the result, never raising."""
    folder.mkdir(parents=True, exist_ok=True)
    # The repo's layout around the output: overrides/ for the runtime link (a relative
    # symlink), pyproject.toml for the ruff settings the generated code is formatted with.
    for name in ("overrides", "pyproject.toml"):
        if not (folder / name).exists():
            (folder / name).symlink_to(ROOT / name)
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "generate",
            f"SPEC={spec.resolve()}",
            f"GENERATED={(folder / 'generated').resolve()}",
            "API_SUMMARY=",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
