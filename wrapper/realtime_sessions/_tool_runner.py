"""Answer the model's function calls on the server, never in the browser (seed 002's lesson).

A ToolRunner holds Python callables as tools. Attached to a connection (a session of its own,
or a call the browser holds, through `connect(call_id=...)`), it answers every completed
in-band `function_call` by running the callable (sync ones in a thread pool, async ones on the
loop), then sends `function_call_output` and `response.create`. A callable that raises or
hangs gives the model an error output and the runner goes on. Secrets the tools use (`secrets=`,
handed to callables that take a `context` parameter) never appear in an output: they and
anything key-shaped are masked before the output leaves.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import json
import re
import types
import typing
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import attrs

from . import _event_builders
from ._connection import AsyncRealtimeConnection, RealtimeConnection
from ._exceptions import ConfigError
from ._report import Problem, Report
from ._secrets import redact

DEFAULT_TOOL_TIMEOUT = 30.0
_JSON_TYPES: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    list: "array",
    dict: "object",
}
_ARG_LINE = re.compile(r"^\s*(\w+)\s*(?:\([^)]*\))?\s*:\s*(.+)$")


@attrs.frozen
class Tool:
    """A callable and the function definition the model sees."""

    function: Callable[..., Any]
    definition: Mapping[str, Any]
    takes_context: bool = False

    @property
    def name(self) -> str:
        return str(self.definition["name"])


def _schema_of(annotation: Any) -> tuple[dict[str, Any], bool]:
    """The JSON Schema of a parameter's annotation, and whether None is allowed."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        schema, _ = _schema_of(options[0]) if len(options) == 1 else ({}, False)
        return schema, True
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(annotation))}, False
    if origin in (list, tuple, set):
        args = typing.get_args(annotation)
        return {"type": "array", "items": _schema_of(args[0])[0] if args else {}}, False
    if origin is dict:
        return {"type": "object"}, False
    if annotation in _JSON_TYPES:
        return {"type": _JSON_TYPES[annotation]}, False
    return {}, False


def _docstring_parts(function: Callable[..., Any]) -> tuple[str, dict[str, str]]:
    """The first paragraph, and `name: text` lines of an `Args:` section."""
    doc = inspect.getdoc(function) or ""
    summary = doc.split("\n\n")[0].replace("\n", " ").strip()
    described: dict[str, str] = {}
    if "Args:" in doc:
        for line in doc.split("Args:", 1)[1].splitlines():
            match = _ARG_LINE.match(line)
            if match:
                described[match[1]] = match[2].strip()
    return summary, described


def definition_of(function: Callable[..., Any], name: str | None = None) -> dict[str, Any]:
    """The function definition made from a callable's signature, type hints and docstring.
    A parameter named `context` is the runner's, not the model's: it is left out."""
    hints = typing.get_type_hints(function)
    summary, described = _docstring_parts(function)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for parameter in inspect.signature(function).parameters.values():
        if parameter.name == "context" or parameter.kind in (
            parameter.VAR_POSITIONAL,
            parameter.VAR_KEYWORD,
        ):
            continue
        schema, optional = _schema_of(hints.get(parameter.name, Any))
        if parameter.name in described:
            schema["description"] = described[parameter.name]
        properties[parameter.name] = schema
        if parameter.default is parameter.empty and not optional:
            required.append(parameter.name)
    definition: dict[str, Any] = {
        "type": "function",
        "name": name or function.__name__,
        "parameters": {"type": "object", "properties": properties, "required": required},
    }
    if summary:
        definition["description"] = summary
    return definition


class ToolRunner:
    """Registered tools, and the loop that answers their calls on a connection."""

    def __init__(
        self,
        tools: Iterable[Callable[..., Any]] = (),
        *,
        secrets: Mapping[str, str] | None = None,
        timeout: float = DEFAULT_TOOL_TIMEOUT,
        max_workers: int = 4,
    ) -> None:
        self._tools: dict[str, Tool] = {}
        self._secrets = dict(secrets or {})
        self.timeout = timeout
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers, "realtime-tool")
        self.answered: list[dict[str, Any]] = []
        for function in tools:
            self.register(function)

    def register(
        self,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        definition: Mapping[str, Any] | None = None,
    ) -> Tool:
        """Add a tool; the definition is made from the callable unless given, and validated
        (ConfigError names the rule)."""
        made = dict(definition) if definition is not None else definition_of(function, name)
        _event_builders.response_create(tools=[made])  # raises ConfigError when it is not valid
        takes_context = "context" in inspect.signature(function).parameters
        tool = Tool(function, made, takes_context)
        if tool.name in self._tools:
            problem = Problem(
                "tools", "unique_names", f"a tool named {tool.name!r} is already registered."
            )
            raise ConfigError(Report((problem,)), subject="tool registration")
        self._tools[tool.name] = tool
        return tool

    def tool(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """Decorator form of `register`."""
        self.register(function)
        return function

    @property
    def definitions(self) -> list[dict[str, Any]]:
        """The definitions, for `session.update` (`tools`)."""
        return [dict(tool.definition) for tool in self._tools.values()]

    # -- one call ------------------------------------------------------------------------------

    def _calls(self, event: Any) -> list[dict[str, Any]]:
        """The in-band function calls of a `response.done` that this runner knows."""
        data = event if isinstance(event, dict) else event.data
        if data.get("type") != "response.done":
            return []
        response = data.get("response") or {}
        if response.get("status") != "completed" or response.get("conversation_id") is None:
            return []  # out of band: its call is not in the conversation to answer
        return [
            item
            for item in response.get("output") or []
            if item.get("type") == "function_call" and item.get("name") in self._tools
        ]

    def _prepare(self, item: dict[str, Any]) -> tuple[Tool, dict[str, Any]] | str:
        tool = self._tools[item["name"]]
        try:
            arguments = json.loads(item.get("arguments") or "{}")
        except ValueError:
            return "the arguments are not JSON"
        if not isinstance(arguments, dict):
            return "the arguments are not a JSON object"
        if tool.takes_context:
            arguments["context"] = dict(self._secrets)
        return tool, arguments

    def _output(self, result: Any) -> str:
        text = result if isinstance(result, str) else json.dumps(result, default=str)
        for value in self._secrets.values():
            if value:
                text = text.replace(value, "***")
        return redact(text)

    def _failure(self, name: str, error: BaseException | str) -> str:
        if isinstance(error, concurrent.futures.TimeoutError | asyncio.TimeoutError):
            reason = f"timed out after {self.timeout:g} s"
        elif isinstance(error, str):
            reason = error
        else:
            reason = f"{type(error).__name__}: {error}"
        return self._output({"error": f"tool {name} failed: {reason}"})

    def _run_sync(self, item: dict[str, Any]) -> str:
        prepared = self._prepare(item)
        if isinstance(prepared, str):
            return self._failure(item["name"], prepared)
        tool, arguments = prepared
        if inspect.iscoroutinefunction(tool.function):
            future = self._pool.submit(asyncio.run, tool.function(**arguments))
        else:
            future = self._pool.submit(tool.function, **arguments)
        try:
            return self._output(future.result(timeout=self.timeout))
        except BaseException as error:  # the model hears about it; the runner goes on
            return self._failure(item["name"], error)

    async def _run_async(self, item: dict[str, Any]) -> str:
        prepared = self._prepare(item)
        if isinstance(prepared, str):
            return self._failure(item["name"], prepared)
        tool, arguments = prepared
        if inspect.iscoroutinefunction(tool.function):
            work: Awaitable[Any] = tool.function(**arguments)
        else:
            loop = asyncio.get_running_loop()
            work = loop.run_in_executor(self._pool, lambda: tool.function(**arguments))
        try:
            return self._output(await asyncio.wait_for(work, self.timeout))
        except Exception as error:
            return self._failure(item["name"], error)

    def _record(self, item: dict[str, Any], output: str) -> dict[str, Any]:
        answer = {"name": item["name"], "call_id": item["call_id"], "output": output}
        self.answered.append(answer)
        return answer

    # -- on a connection -----------------------------------------------------------------------

    def handle(self, connection: RealtimeConnection, event: Any) -> list[dict[str, Any]]:
        """Answer the calls in `event` (if it is such a `response.done`); what was answered."""
        calls = self._calls(event)
        answers = [self._record(item, self._run_sync(item)) for item in calls]
        for answer in answers:
            connection.send(
                _event_builders.function_call_output(answer["call_id"], answer["output"])
            )
        if answers:
            connection.send(_event_builders.response_create())
        return answers

    async def ahandle(
        self, connection: AsyncRealtimeConnection, event: Any
    ) -> list[dict[str, Any]]:
        calls = self._calls(event)
        answers = [self._record(item, await self._run_async(item)) for item in calls]
        for answer in answers:
            await connection.send(
                _event_builders.function_call_output(answer["call_id"], answer["output"])
            )
        if answers:
            await connection.send(_event_builders.response_create())
        return answers

    def run(
        self,
        connection: RealtimeConnection,
        *,
        until: Callable[[Any], bool] | None = None,
    ) -> None:
        """Answer calls until the socket closes or `until(event)` is true. Server `error`
        events are raised (ServerEventError), as `recv` does."""
        for event in connection:
            self.handle(connection, event)
            if until is not None and until(event):
                return

    async def arun(
        self,
        connection: AsyncRealtimeConnection,
        *,
        until: Callable[[Any], bool] | None = None,
    ) -> None:
        async for event in connection:
            await self.ahandle(connection, event)
            if until is not None and until(event):
                return

    def close(self) -> None:
        """Stop the thread pool (a hung tool's thread is left to finish on its own)."""
        self._pool.shutdown(wait=False, cancel_futures=True)
