"""A corpus built across machines (issue 14): `policykg extract --shard` writes each shard's
document graphs as N-Quads without a store, a real Oxigraph loads the parts with its own bulk
loader and serves them, and `policykg link` computes the cross-document graphs through the
endpoint; every named query then answers as from a store `build` made."""

import shutil
import subprocess
import time

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from policykg.cli.main import cli
from policykg.cli.serve import free_port, oxigraph_binary
from policykg.kg.iris import is_document_graph
from policykg.store.queries import named_queries
from policykg.store.remote import RemoteStore
from tests.cli.test_endpoint import PARAMS
from tests.conftest import ALL_EXAMPLES, LIAONING, examples_folder


def _extract(docs, shard, out):
    res = CliRunner().invoke(cli, ["extract", str(docs), "--shard", shard, "-o", str(out), "-j", "1"])
    assert res.exit_code == 0, res.output
    return res.output


def _quads(path):
    return set(map(str, ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)))


@pytest.fixture
def served(tmp_path):
    """``oxigraph load`` of the given parts, then ``oxigraph serve`` on a loopback port."""
    procs = []

    def serve(parts):
        location = tmp_path / "remote"
        subprocess.run([oxigraph_binary(), "load", "--location", str(location)] + [a for p in parts for a in ("--file", str(p))],
                       check=True, capture_output=True)
        port = free_port()
        procs.append(subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        url = f"http://127.0.0.1:{port}/query"
        for _ in range(100):
            try:
                httpx.get(url, params={"query": "ASK {}"})
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        return url

    yield serve
    for p in procs:
        p.terminate()
        p.wait(10)


def test_shards_split_the_files_and_together_are_the_document_graphs_build_writes(tmp_path, built_store):
    docs = examples_folder(tmp_path)
    parts = [tmp_path / f"part-{i}.nq" for i in (1, 2, 3)]
    for i, part in enumerate(parts, 1):
        _extract(docs, f"{i}/3", part)
    graphs = [{q.split(" <https://w3id.org/policykg/id/graph/")[-1] for q in _quads(p)} for p in parts]
    assert sum(len(g) for g in graphs) == len(ALL_EXAMPLES)  # every file in exactly one shard
    union = set().union(*(_quads(p) for p in parts))
    built = {str(q) for q in built_store.ox if is_document_graph(q.graph_name.value)}
    assert union == built


def test_parts_loaded_by_oxigraph_and_linked_answer_every_named_query_as_a_build(tmp_path, built_store, served):
    docs = examples_folder(tmp_path)
    parts = [tmp_path / "part-1.nq", tmp_path / "part-2.nq"]
    for i, part in enumerate(parts, 1):
        _extract(docs, f"{i}/2", part)
    url = served(parts)
    res = CliRunner().invoke(cli, ["link", "--endpoint", url])
    assert res.exit_code == 0, res.output
    assert "5 document graphs: " in res.output and "warning" not in res.output
    remote = RemoteStore(url)
    for name, q in named_queries().items():
        local_res, remote_res = built_store.select(q.text, PARAMS.get(name)), remote.select(q.text, PARAMS.get(name))
        assert sorted(local_res.rows) == sorted(remote_res.rows), name
        assert local_res.rows, name
    # linking again changes nothing
    before = sorted(map(tuple, remote.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows))
    assert CliRunner().invoke(cli, ["link", "--endpoint", url]).exit_code == 0
    assert sorted(map(tuple, remote.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows)) == before


def test_a_plan_two_files_carry_is_reported_by_link(tmp_path, served):
    docs = tmp_path / "docs"
    for folder in ("a", "b"):
        (docs / folder).mkdir(parents=True)
        shutil.copy(LIAONING, docs / folder / LIAONING.name)
    _extract(docs, "1/1", tmp_path / "all.nq")
    url = served([tmp_path / "all.nq"])
    res = CliRunner().invoke(cli, ["link", "--endpoint", url])
    assert res.exit_code == 0, res.output
    assert f"is carried by 2 files (a/{LIAONING.name}, b/{LIAONING.name})" in res.output


@pytest.mark.parametrize("shard", ["0/2", "3/2", "x", "1/0"])
def test_a_shard_that_is_not_i_of_n_is_one_line(tmp_path, shard):
    res = CliRunner().invoke(cli, ["extract", str(LIAONING), "--shard", shard, "-o", str(tmp_path / "p.nq")])
    assert res.exit_code == 2 and "is not I/N" in res.output and "Traceback" not in res.output


def test_a_file_that_fails_is_one_line_and_the_others_are_written(tmp_path):
    docs = examples_folder(tmp_path)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    res = CliRunner().invoke(cli, ["extract", str(docs), "-o", str(tmp_path / "p.nq"), "-j", "1"])
    assert res.exit_code == 1
    assert "✗" in res.output and "broken.pdf" in res.output and "5 documents" in res.output
    assert len({q.split(" <https://w3id.org/policykg/id/graph/")[-1] for q in _quads(tmp_path / "p.nq")}) == 5
