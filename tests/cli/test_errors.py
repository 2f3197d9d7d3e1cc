"""No traceback reaches a user (issue 13): an unexpected error is one line with the hint to run
again with --debug, which shows the traceback; push to an unreachable or malformed address is
one line."""

import subprocess
import sys

from tests.conftest import SICHUAN

FAIL = """import sys, policykg.export.stats as stats
def broken(store):
    raise RuntimeError("a bug")
stats.store_stats = broken
from policykg.cli.main import main
sys.argv = ["policykg", *sys.argv[1:]]
main()
"""


def _run(*args):
    return subprocess.run([sys.executable, "-c", FAIL, *args], capture_output=True, text=True, timeout=120)


def test_an_unexpected_error_is_one_line_and_debug_shows_where(tmp_path):
    assert subprocess.run([sys.executable, "-m", "policykg", "build", str(SICHUAN), "--store", str(tmp_path / "kg"), "-q"]).returncode == 0
    plain = _run("stats", "--store", str(tmp_path / "kg"))
    assert plain.returncode == 1 and plain.stderr == (
        "Error: unexpected RuntimeError: a bug (run again with policykg --debug … to see where, and please report it)\n")
    debug = _run("--debug", "stats", "--store", str(tmp_path / "kg"))
    assert debug.returncode == 1 and "Traceback" in debug.stderr and debug.stderr.rstrip().endswith("RuntimeError: a bug")


def test_push_to_an_unreachable_or_malformed_address_is_one_line(tmp_path):
    assert subprocess.run([sys.executable, "-m", "policykg", "build", str(SICHUAN), "--store", str(tmp_path / "kg"), "-q"]).returncode == 0
    for url, says in (("http://127.0.0.1:9/query", "Error: cannot reach http://127.0.0.1:9/store: "),
                      ("htp:/bad url", "Error: Invalid value for --endpoint: htp:/bad url is not an http:// or https:// URL")):
        run = subprocess.run([sys.executable, "-m", "policykg", "push", "--store", str(tmp_path / "kg"), "--endpoint", url],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode in (1, 2) and "Traceback" not in run.stderr
        assert says in run.stderr.splitlines()[-1]
