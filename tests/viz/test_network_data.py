"""The vis-network data of a view is pyvis's data model, key for key, but built in linear time
(issue 14: pyvis's add_edge searched every edge added, minutes for 1,000 plans)."""

import time

import networkx as nx

from policykg.viz import views
from policykg.viz.render import network_data


def _through_pyvis(g, data):
    from pyvis.network import Network

    net = Network(directed=g.is_directed())
    for n in data["nodes"]:
        opts = {k: v for k, v in n.items() if k not in ("id", "label", "shape", "color")}
        net.add_node(n["id"], label=n["label"], color=n["color"], shape=n["shape"], **opts)
    for e in data["edges"]:
        net.add_edge(e["from"], e["to"], **{k: v for k, v in e.items() if k not in ("from", "to")})
    return net.nodes, net.edges


def test_the_seed_views_are_what_pyvis_makes_of_them(built_store):
    graphs = [views.departments_view(built_store, None), views.plans_view(built_store), views.trace_view(built_store, "劳务品牌")]
    for g in graphs:
        data = network_data(g)
        assert data["nodes"] and data["edges"]
        assert (data["nodes"], data["edges"]) == _through_pyvis(g, data)


def test_a_view_of_twenty_thousand_edges_is_laid_out_in_seconds():
    g = nx.Graph()
    for t in range(10_000):
        g.add_node(f"t{t}", label=f"任务{t}", kind="task", group="p")
        for a in (f"a{t % 97}", f"b{t % 89}"):
            g.add_node(a, label=f"机构{a}", kind="agency", group="s")
            g.add_edge(a, f"t{t}", role="牵头")
    t0 = time.perf_counter()
    data = network_data(g)
    assert len(data["edges"]) == g.number_of_edges() == 20_000
    assert time.perf_counter() - t0 < 30
