"""The served store the endpoint tests share: the seeds built into a store no process holds
open for writing, served by ``policykg serve``'s app on a loopback port."""

import gc

import pytest

from policykg.build.documents import build
from policykg.store.embedded import PlanStore
from tests.cli.serving import serving
from tests.conftest import ALL_EXAMPLES


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """The seeds built into a store that no process holds open for writing."""
    path = tmp_path_factory.mktemp("served") / "kg"
    store = PlanStore(path)
    build(ALL_EXAMPLES, store)
    del store
    gc.collect()
    return path


@pytest.fixture(scope="module")
def endpoint(store_dir):
    with serving(store_dir, timeout=2) as url:
        yield url
