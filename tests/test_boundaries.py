"""The layers keep to their boundaries, read from the import statements of the source tree."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "wrapper" / "realtime_sessions"


def imported_modules(path: Path) -> set[str]:
    """Every absolute module name one file imports (`from x import y` also yields `x.y`)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_cli_emulator_and_service_import_only_public_library_names() -> None:
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for folder in ("cli", "emulator", "service")
        for path in sources(folder)
        for name in imported_modules(path)
        if name.startswith("realtime_sessions.")
        and any(_private(part) for part in name.split(".")[1:])
    }
    assert sorted(offenders) == []
    assert sources("cli")
    assert sources("emulator")
    assert sources("service")


def test_integrations_use_public_library_names_only() -> None:
    offenders = []
    for path in sorted((LIBRARY / "integrations").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            relative = isinstance(node, ast.ImportFrom) and node.level == 2 and node.module
            if relative and _private(node.module):
                offenders.append(f"{path.name}: ..{node.module}")
    assert offenders == []


def test_exactly_one_library_module_imports_the_generated_client() -> None:
    importers = [
        path.relative_to(LIBRARY).as_posix()
        for path in sorted(LIBRARY.rglob("*.py"))
        if any(name.split(".")[0] == "realtime_sessions_client" for name in imported_modules(path))
    ]
    assert importers == ["_transport.py"]


def test_public_modules_are_the_package_workflow_events_realtime_and_integrations() -> None:
    public = sorted(
        path.relative_to(LIBRARY).as_posix()
        for path in LIBRARY.rglob("*.py")
        if not any(part.startswith("_") and part != "__init__.py" for part in path.parts[-2:])
    )
    assert public == [
        "__init__.py",
        "events.py",
        "integrations/__init__.py",
        "integrations/conductor.py",
        "integrations/prefect.py",
        "realtime.py",
        "workflow.py",
    ]


def test_every_public_name_resolves() -> None:
    import realtime_sessions.events
    import realtime_sessions.realtime
    import realtime_sessions.workflow

    modules = (
        realtime_sessions,
        realtime_sessions.workflow,
        realtime_sessions.events,
        realtime_sessions.realtime,
    )
    for module in modules:
        for name in module.__all__:
            assert getattr(module, name) is not None, (module.__name__, name)


def test_the_library_imports_neither_the_cli_nor_the_emulator() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sources("wrapper")
        for name in imported_modules(path)
        if name.split(".")[0] in ("realtime_sessions_cli", "realtime_sessions_emulator")
    ]
    assert offenders == []


def test_no_function_reaches_cyclomatic_complexity_20() -> None:
    """`radon cc -n D wrapper cli emulator service` prints nothing."""
    from radon.complexity import cc_visit

    too_complex = [
        f"{path.relative_to(ROOT)}:{block.lineno} {block.name} ({block.complexity})"
        for folder in ("wrapper", "cli", "emulator", "service")
        for path in sources(folder)
        for block in cc_visit(path.read_text(encoding="utf-8"))
        if block.complexity >= 20
    ]
    assert too_complex == []


def test_every_public_name_is_loaded_on_first_use() -> None:
    """The package's names come from their modules on first use (PEP 562): each name of
    `__all__` has its module, and importing the package imports none of them."""
    import realtime_sessions

    lazy = realtime_sessions._LAZY
    assert sorted(lazy) == sorted(set(realtime_sessions.__all__) - {"__version__"})
    for name, module in lazy.items():
        assert getattr(importlib.import_module(f"realtime_sessions.{module}"), name) is getattr(
            realtime_sessions, name
        )
    assert set(realtime_sessions.__all__) <= set(dir(realtime_sessions))
    code = (
        "import sys, realtime_sessions; print(*sorted(m for m in sys.modules if 'realtime' in m))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["realtime_sessions", "realtime_sessions._version"]
