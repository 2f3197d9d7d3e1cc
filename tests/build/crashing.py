"""A stand-in for ``extract_one`` whose worker process dies on a file named ``crash*`` (as a
PDF library's crash or the out-of-memory killer would kill it); imported by the worker."""

import os

from policykg.build.extraction import extract_one


def extract_or_die(path, key):
    if path.name.startswith("crash"):
        os._exit(1)
    return extract_one(path, key)
