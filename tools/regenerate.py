"""Generating the SDK from a spec into a folder of one's choice (not generated/).

`make check` regenerates into a temporary folder to compare with the working tree,
`make api-diff` generates the SDK of another revision's spec, and the pipeline tests
generate from edited copies of the spec: all through ``generate_into``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate_into(spec: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """``make generate`` with ``folder/generated`` as the output; the result, never raising.

    Generation writes the spec's restated facts into the spec it reads: a spec outside
    ``folder`` is copied in first, so the original is never touched.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if spec.resolve().parent != folder.resolve():
        copy = folder / "openapi.yaml"
        shutil.copyfile(spec, copy)
        spec = copy
    # The ruff settings the generated code is formatted with apply by the output's path.
    if not (folder / "pyproject.toml").exists():
        (folder / "pyproject.toml").symlink_to(ROOT / "pyproject.toml")
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "generate",
            f"SPEC={spec.resolve()}",
            f"GENERATED={(folder / 'generated').resolve()}",
            "API_SUMMARY=",
            "README=",  # the repository's README describes the repository's spec only
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
