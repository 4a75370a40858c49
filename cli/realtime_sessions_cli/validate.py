"""`validate`: check config files offline and report every problem of every file."""

from __future__ import annotations

import click
from realtime_sessions import DEFAULT_ENDPOINT, ENDPOINTS, Endpoint, Problem, Report, validate

from ._common import (
    EXIT_OK,
    EXIT_USAGE,
    OneLineUsageCommand,
    problem_line,
    to_json,
    with_exit_codes,
)
from ._files import FileProblem, display_name, load_config

_FILE_RULE = "file"


@click.command(
    "validate",
    cls=OneLineUsageCommand,
    epilog=with_exit_codes(
        """\b
Examples:
  realtime-sessions validate session.yaml
  realtime-sessions validate --endpoint sessions configs/*.json
  realtime-sessions validate --json session.json | jq '.files[].errors'"""
    ),
)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--endpoint",
    type=click.Choice(ENDPOINTS),
    default=DEFAULT_ENDPOINT,
    show_default=True,
    help="Validate for this endpoint (a config of the other vocabulary must translate).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document, for machines.")
@click.pass_context
def validate_command(
    ctx: click.Context, files: tuple[str, ...], endpoint: Endpoint, as_json: bool
) -> None:
    """Check config files offline, reporting every problem.

    Every problem of every file is printed; each has its path in the config and a hint. Warnings are printed but do not fail.
    Exit status 0 when every file is valid, 2 otherwise. - reads stdin. No key needed.
    """
    results = [(display_name(path), _check_file(path, endpoint)) for path in files]
    valid = all(report.ok for _, report in results)
    if as_json:
        document = {
            "ok": valid,
            "endpoint": endpoint,
            "files": [{"file": name, **report.to_dict()} for name, report in results],
        }
        click.echo(to_json(document))
    else:
        for name, report in results:
            click.echo(_report_text(name, report))
        if len(results) > 1:
            bad = sum(not report.ok for _, report in results)
            click.echo(f"{len(results)} files: {len(results) - bad} valid, {bad} invalid.")
    ctx.exit(EXIT_OK if valid else EXIT_USAGE)


def _check_file(path: str, endpoint: Endpoint) -> Report:
    """The library's report of one file, or an unreadable file as a one-problem report."""
    try:
        config = load_config(path)
    except FileProblem as problem:
        return Report((Problem("", _FILE_RULE, problem.reason),))
    return validate(config, endpoint=endpoint)


def _report_text(name: str, report: Report) -> str:
    lines = [
        f"{name}: error: {problem.message}"
        if problem.rule == _FILE_RULE
        else f"{name}: {problem_line(problem)}"
        for problem in report.errors + report.warnings
    ]
    counts = [_plural(len(report.errors), "error"), _plural(len(report.warnings), "warning")]
    counted = ", ".join(count for count in counts if count)
    if report.ok:
        lines.append(f"{name}: ok" + (f" ({counted})" if counted else ""))
    else:
        lines.append(f"{name}: invalid ({counted})")
    return "\n".join(lines)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}" if count else ""
