"""`make wheel-check`: the wheel as users install it, alone and with each extra, in clean venvs.

For each of: the SDK alone, and ``[models]``, ``[mock]``, ``[cli]``, a fresh venv gets the
wheel (plus pytest, which users bring), then, in a folder unrelated to this repository:

- ``python -c "import icloudready"`` works;
- ``pytest`` on a trivial test passes (the pytest plugin loads with no extra);
- a test using the ``icloudready_mock`` fixture passes with ``[mock]`` and, without it,
  fails saying what to install (no traceback);
- ``icloudready --help`` and ``icloudready-mock --help`` exit 0 with their extra, else 2
  saying what to install;
- with the SDK alone, ``mypy --strict`` accepts a script using the SDK (py.typed shipped).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TRIVIAL = "def test_nothing_to_do_with_icloudready():\n    assert 1 + 1 == 2\n"
WITH_MOCK = textwrap.dedent(
    """
    import icloudready

    def test_the_mock_fixture(icloudready_mock):
        with icloudready.Client(token=icloudready_mock.token, base_url=icloudready_mock.base_url,
                                rate_limit=None) as client:
            created = client.opportunities.create(customer="acme")
            assert client.opportunities.retrieve(created.id).customer == "acme"
    """
)
TYPED = textwrap.dedent(
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
)


def run(command: list[str], cwd: Path, expect: int = 0, says: str = "") -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    shown = " ".join(command[-3:])
    if result.returncode != expect or says not in output or ("Traceback" in output and expect):
        raise SystemExit(f"wheel check: `{shown}` exited {result.returncode}:\n{output[-3000:]}")
    print(f"  ok: {shown} -> {result.returncode}" + (f" ({says})" if says else ""), flush=True)
    return output


def check(wheel: Path, extra: str, work: Path) -> None:
    print(f"== icloudready{f'[{extra}]' if extra else ''}", flush=True)
    env = work / f"venv-{extra or 'sdk'}"
    venv.create(env, with_pip=True)
    python = str(env / "bin" / "python")
    target = f"{wheel}[{extra}]" if extra else str(wheel)
    packages = [target, "pytest", *(["mypy"] if not extra else [])]
    run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *packages], work)
    project = work / f"project-{extra or 'sdk'}"
    project.mkdir()
    (project / "test_trivial.py").write_text(TRIVIAL)
    run([python, "-c", "import icloudready; print(icloudready.Client)"], project)
    run([python, "-m", "pytest", "-q", "test_trivial.py"], project, says="1 passed")
    (project / "test_with_mock.py").write_text(WITH_MOCK)
    if extra == "mock":
        run([python, "-m", "pytest", "-q", "test_with_mock.py"], project, says="1 passed")
    else:
        run(
            [python, "-m", "pytest", "-q", "test_with_mock.py"],
            project,
            expect=1,
            says="pip install 'icloudready[mock]'",
        )
    cli, mock = str(env / "bin" / "icloudready"), str(env / "bin" / "icloudready-mock")
    if extra == "cli":
        run([cli, "--help"], project, says="Every operation of the iCloudReady API")
    else:
        run([cli, "--help"], project, expect=2, says="pip install 'icloudready[cli]'")
    if extra == "mock":
        run([mock, "--help"], project, says="--profile")
    else:
        run([mock, "--help"], project, expect=2, says="pip install 'icloudready[mock]'")
    if extra == "models":
        run([python, "-c", "import icloudready_models as m; print(m.OpportunityInput)"], project)
    if not extra:
        (project / "typed.py").write_text(TYPED)
        run([python, "-m", "mypy", "--strict", "typed.py"], project, says="Success")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="icloudready-wheel-") as tmp:
        work = Path(tmp)
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--quiet",
                "--no-deps",
                "-w",
                str(work),
                str(ROOT),
            ],
            work,
        )
        wheel = next(work.glob("icloudready-*.whl"))
        print(f"built {wheel.name}", flush=True)
        for extra in ("", "models", "mock", "cli"):
            check(wheel, extra, work)
    print("wheel check: the SDK alone and each extra install and work")
    return 0


if __name__ == "__main__":
    sys.exit(main())
