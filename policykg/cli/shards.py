"""``extract`` and ``link``: a corpus built across machines into any SPARQL store (see
:mod:`policykg.build.shards`)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from .common import limit_option


def _shard(ctx, param, value: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", value or "")
    if not m or not 1 <= int(m[1]) <= int(m[2]):
        raise click.BadParameter(f"{value!r} is not I/N with 1 ≤ I ≤ N (e.g. 2/8)")
    return int(m[1]), int(m[2])


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--shard", default="1/1", show_default=True, callback=_shard, metavar="I/N",
              help="Extract the I-th of N shards of the files (by a hash of each file's path under the folder given).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The N-Quads file to write.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes reading documents (default: one per core).")
@click.option("--quiet", "-q", is_flag=True, help="Print failures only.")
@limit_option
def extract(paths, shard, output, jobs, quiet):
    """Extract documents to N-Quads without a store: one graph per file, as `build` writes it.

    For a corpus larger than one machine: each machine extracts one shard, a SPARQL store's
    bulk loader loads every part, and `policykg link` then computes plan links, counterparts and
    alignments through the store's endpoint. Exit status 1 if any file failed.

    \b
    Examples:
      policykg extract plans/ --shard 1/4 -o part-1.nq      # on four machines, 1/4 … 4/4
      oxigraph load --location kg --file part-1.nq --file part-2.nq --file part-3.nq --file part-4.nq
      oxigraph serve --location kg --bind 127.0.0.1:7878 &
      policykg link --endpoint http://127.0.0.1:7878/query
    """
    from ..build.shards import extract_shard

    def report(s):
        if s.status == "failed":
            click.echo(s.line(), err=True)
        elif not quiet:
            click.echo(s.line())

    i, n = shard
    results, quads = extract_shard(paths, i, n, Path(output), jobs, report)
    failed = sum(r.status == "failed" for r in results)
    if not quiet:
        click.echo(f"shard {i}/{n}: {len(results) - failed} documents, {quads} quads, {failed} failed → {output}")
    if failed:
        sys.exit(1)


@click.command()
@click.option("--endpoint", required=True, help="The store's SPARQL query endpoint.")
@click.option("--update-endpoint", help="Its SPARQL Update URL (default: the endpoint's …/update, as Oxigraph names it).")
@click.option("--timeout", type=float, default=600.0, show_default=True, help="Seconds to wait for one request.")
def link(endpoint, update_endpoint, timeout):
    """Compute the cross-document graphs (areas and sectors, plan links, counterparts,
    alignments) in a SPARQL store that holds document graphs loaded from `policykg extract`.

    Plans carried by more than one file are listed: `build` keeps one file's tasks for them,
    shards cannot; build such files into one store.

    \b
    Examples:
      policykg link --endpoint http://127.0.0.1:7878/query
      policykg link --endpoint http://fuseki:3030/kg/sparql --update-endpoint http://fuseki:3030/kg/update
    """
    from ..build.shards import link_corpus
    from ..store.remote import RemoteStore, update_url

    if not endpoint.startswith(("http://", "https://")):
        raise click.BadParameter(f"{endpoint} is not an http:// or https:// URL", param_hint="--endpoint")
    report = link_corpus(RemoteStore(endpoint, timeout, update_endpoint or update_url(endpoint)))
    for line in report.shared_plans:
        click.echo(f"warning: {line}", err=True)
    click.echo(f"{report.documents} document graphs: {report.plan_links} plan links, {report.aligned} tasks aligned "
               f"to a parent plan's → {endpoint}")
