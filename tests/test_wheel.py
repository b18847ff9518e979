"""The wheel as users install it, alone and with each extra, in clean venvs (slow: pip).

For each of: the SDK alone, and ``[models]``, ``[mock]``, ``[cli]``, a fresh venv gets the
wheel (plus pytest, which users bring), then, in a folder unrelated to this repository:
``import icloudready`` works; ``pytest`` on a trivial test passes (the pytest plugin loads
with no extra); a test using the ``icloudready_mock`` fixture passes with ``[mock]`` and,
without it, fails saying what to install; ``icloudready --help`` and
``icloudready-mock --help`` exit 0 with their extra, else 2 saying what to install, never
a traceback; with the SDK alone, ``mypy --strict`` accepts a script using the SDK.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

from .conftest import ROOT

TESTS = {
    "test_trivial.py": "def test_nothing_to_do_with_icloudready():\n    assert 1 + 1 == 2\n",
    "test_with_mock.py": textwrap.dedent(
        """
        import icloudready

        def test_the_mock_fixture(icloudready_mock):
            with icloudready.Client(token=icloudready_mock.token,
                                    base_url=icloudready_mock.base_url, rate_limit=None) as c:
                created = c.opportunities.create(customer="acme")
                assert c.opportunities.retrieve(created.id).customer == "acme"
        """
    ),
    "typed.py": textwrap.dedent(
        """
        from icloudready import Client, NotFoundError
        from icloudready.models import Opportunity

        def stage_of(client: Client, record_id: str) -> str | None:
            try:
                record: Opportunity = client.opportunities.retrieve(record_id)
            except NotFoundError:
                return None
            return record.stage
        """
    ),
}


def run(command: list[str], cwd: Path, expect: int = 0, says: str = "") -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == expect, (command, output[-3000:])
    assert says in output, (command, says, output[-3000:])
    assert "Traceback" not in output, (command, output[-3000:])


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dist")
    pip = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder)]
    run([*pip, str(ROOT)], folder)
    return next(folder.glob("icloudready-*.whl"))


@pytest.mark.slow
@pytest.mark.parametrize("extra", ["", "models", "mock", "cli"])
def test_the_wheel_alone_and_with_each_extra(wheel: Path, extra: str, tmp_path: Path) -> None:
    venv.create(tmp_path / "venv", with_pip=True)
    bin_ = tmp_path / "venv" / "bin"
    python = str(bin_ / "python")
    packages = [
        f"{wheel}[{extra}]" if extra else str(wheel),
        "pytest",
        *([] if extra else ["mypy"]),
    ]
    run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *packages],
        tmp_path,
    )
    project = tmp_path / "project"  # not this repository: nothing of it on the path
    project.mkdir()
    for name, text in TESTS.items():
        (project / name).write_text(text)
    run([python, "-c", "import icloudready; print(icloudready.Client)"], project)
    run([python, "-m", "pytest", "-q", "test_trivial.py"], project, says="1 passed")
    if extra == "mock":
        run([python, "-m", "pytest", "-q", "test_with_mock.py"], project, says="1 passed")
        run([str(bin_ / "icloudready-mock"), "--help"], project, says="--profile")
    else:
        hint = "pip install 'icloudready[mock]'"
        run([python, "-m", "pytest", "-q", "test_with_mock.py"], project, expect=1, says=hint)
        run([str(bin_ / "icloudready-mock"), "--help"], project, expect=2, says=hint)
    if extra == "cli":
        run([str(bin_ / "icloudready"), "--help"], project, says="Every operation of the")
    else:
        hint = "pip install 'icloudready[cli]'"
        run([str(bin_ / "icloudready"), "--help"], project, expect=2, says=hint)
    if extra == "models":
        run([python, "-c", "import icloudready_models as m; print(m.OpportunityInput)"], project)
    if not extra:
        run([python, "-m", "mypy", "--strict", "typed.py"], project, says="Success")
