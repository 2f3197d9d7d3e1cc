"""A build killed during its cross-document step (issue 13): the next build, though every file
is unchanged, computes plan links and alignments again, so nothing derived is lost for good.
(An exception escaping the step leaves the store as a kill does: each graph is written in its
own transaction.)"""

import pytest
from click.testing import CliRunner

import policykg.build.corpus as corpus
from policykg.build.documents import build
from policykg.cli.main import cli
from policykg.store.embedded import PlanStore
from tests.conftest import ALL_EXAMPLES

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?ag { ?c pkg:carriesOut ?p } }"


def test_a_build_killed_before_alignments_are_written_is_finished_by_the_next(tmp_path, monkeypatch):
    whole = PlanStore(tmp_path / "whole")
    build(ALL_EXAMPLES, whole)
    expected = whole.select(COUNT).rows
    assert int(expected[0][0]) > 50

    store_dir = tmp_path / "kg"
    store = PlanStore(store_dir)

    def killed(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus, "refresh_alignments", killed)
    with pytest.raises(KeyboardInterrupt):
        build(ALL_EXAMPLES, store)
    monkeypatch.undo()
    assert store.select(COUNT).rows == [["0"]] and corpus.is_stale(store)
    del store
    import gc

    gc.collect()
    res = CliRunner().invoke(cli, ["build", *map(str, ALL_EXAMPLES), "--store", str(store_dir)])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("The last build stopped before plan links and alignments were computed")
    assert "0 built, 0 unchanged" not in res.output and "5 unchanged" in res.output
    store = PlanStore(store_dir, read_only=True)
    assert store.select(COUNT).rows == expected and not corpus.is_stale(store)


def test_a_store_left_half_created_is_named_with_what_to_do_and_a_build_finishes_it(tmp_path):
    half = tmp_path / "kg"
    half.mkdir()
    for name in ("LOCK", "LOG", "IDENTITY"):  # what RocksDB has written before CURRENT
        (half / name).write_text("")
    res = CliRunner().invoke(cli, ["stats", "--store", str(half)])
    assert res.exit_code == 1 and res.output == (
        f"Error: {half} is not a whole store (a build may have been stopped while creating it): "
        f"build again with --store {half}, or remove the directory\n")
    assert CliRunner().invoke(cli, ["build", str(ALL_EXAMPLES[0]), "--store", str(half), "-q"]).exit_code == 0
    import gc

    gc.collect()
    assert CliRunner().invoke(cli, ["stats", "--store", str(half)]).exit_code == 0


def test_a_build_killed_while_bulk_loading_leaves_no_half_written_document(tmp_path, monkeypatch):
    """Issue 14: new documents' graphs are bulk-loaded in batches, which is not one transaction;
    the journal makes the next build drop what a killed load left and build those files again."""
    from policykg.build.loading import BatchLoadError
    from policykg.store.embedded import PlanStore as Store

    whole = Store(tmp_path / "whole")
    build(ALL_EXAMPLES, whole)
    expected = sorted(str(q) for q in whole.ox)

    for stop, raised in [(KeyboardInterrupt(), KeyboardInterrupt), (OSError(28, "No space left on device"), BatchLoadError)]:
        store = Store(tmp_path / f"kg-{raised.__name__}")

        def stopped_midway(self, nquads, graphs):
            lines = nquads.splitlines(keepends=True)
            self.ox.bulk_load("".join(lines[: len(lines) // 2]).encode(), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
            raise stop

        monkeypatch.setattr(Store, "bulk_load_nquads", stopped_midway)
        with pytest.raises(raised) as err:  # (a failed load stops the build: no document of it is "built")
            build(ALL_EXAMPLES, store)
        monkeypatch.undo()
        if raised is BatchLoadError:
            assert "No space left on device" in str(err.value) and "the next build builds them again" in str(err.value)
        assert len(store.documents()) > 0  # (half of the batch is in: some documents look stored)
        results = build(ALL_EXAMPLES, store)
        assert all(r.status == "built" for r in results), [r.line() for r in results]
        assert sorted(str(q) for q in store.ox) == expected
