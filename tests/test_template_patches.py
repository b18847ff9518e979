"""Each patched template, diffed against the installed openapi-python-client template.

The expected diffs are stored in overrides/templates.patches/ (kubernetes-client's
scripts/*.diff idea): after an upgrade of the generator, this test shows exactly which
patches no longer apply as they did. ``python -m tests.test_template_patches`` rewrites
the stored diffs once the change is reviewed.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import openapi_python_client
import pytest

from .conftest import ROOT

OURS = ROOT / "overrides" / "templates"
UPSTREAM = Path(openapi_python_client.__file__).parent / "templates"
PATCHES = ROOT / "overrides" / "templates.patches"


def patched() -> list[str]:
    """Our templates that have an upstream counterpart (the others are our own)."""
    return sorted(
        str(path.relative_to(OURS))
        for path in OURS.rglob("*.jinja")
        if (UPSTREAM / path.relative_to(OURS)).exists()
    )


def diff(name: str) -> str:
    upstream = (UPSTREAM / name).read_text().splitlines(keepends=True)
    ours = (OURS / name).read_text().splitlines(keepends=True)
    return "".join(
        difflib.unified_diff(upstream, ours, f"upstream/{name}", f"overrides/templates/{name}")
    )


def stored(name: str) -> Path:
    return PATCHES / (name.replace("/", "__") + ".diff")


@pytest.mark.parametrize("name", patched())
def test_the_patch_against_the_installed_template_is_the_stored_one(name: str) -> None:
    expected = stored(name)
    assert expected.exists(), (
        f"no stored diff for {name}: run python -m tests.test_template_patches"
    )
    assert diff(name) == expected.read_text(), (
        f"{name} no longer differs from openapi-python-client's template as stored in "
        f"{expected.relative_to(ROOT)}: review the change, then run "
        "python -m tests.test_template_patches"
    )


def test_every_stored_diff_belongs_to_a_patched_template() -> None:
    names = {stored(name).name for name in patched()}
    assert {path.name for path in PATCHES.glob("*.diff")} == names


def test_every_patched_template_names_its_patches_on_line_one() -> None:
    for name in patched():
        first = (OURS / name).read_text().splitlines()[0]
        assert first.startswith("{#"), name
        assert "Patch" in first or "Replaces" in first, name


def test_every_generated_file_says_so_on_line_one() -> None:
    generated = list((ROOT / "generated").rglob("*.py"))
    assert len(generated) > 20
    for path in generated:
        first = path.read_text().splitlines()[0]
        assert first.startswith("# Generated from openapi.yaml by "), path
        assert "do not edit" in first, path
        assert "make generate" in first, path


if __name__ == "__main__":
    PATCHES.mkdir(exist_ok=True)
    for old in PATCHES.glob("*.diff"):
        old.unlink()
    for template in patched():
        stored(template).write_text(diff(template))
