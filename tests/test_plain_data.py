"""The fast plain-data walk never passes what the walk that reports problems refuses."""

from __future__ import annotations

import collections
import sys
import types
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from realtime_sessions import _plain_data


class Text(str):
    pass


class Number(int):
    pass


class Items(list):  # type: ignore[type-arg]
    pass


FINE_KEYS = st.sampled_from(["a", "b", "é", "type", Text("t")])
ODD_KEYS = st.sampled_from(["\ud800", "x\udfff", 1, None, True, 2.5])
FINE_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.just(2**13_999)
    | st.just(Number(4))
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["x", "ü", "\U0001f600", Text("y")])
)
ODD_LEAVES = st.just(2**14_001) | st.sampled_from(
    [float("nan"), float("inf"), "\udc00", "a\ud83d", b"z", frozenset({1}), 1j, object()]
)
FINE = st.recursive(
    FINE_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.lists(inner, max_size=3).map(tuple)
        | st.lists(inner, max_size=3).map(Items)
        | st.dictionaries(FINE_KEYS, inner, max_size=3)
        | st.dictionaries(FINE_KEYS, inner, max_size=3).map(collections.OrderedDict)
        | st.dictionaries(FINE_KEYS, inner, max_size=3).map(types.MappingProxyType)
    ),
    max_leaves=15,
)


def _with_odd_one(config: dict[Any, Any], odd: tuple[str, Any] | None, chance: Any) -> Any:
    """`config` with, maybe, one odd value or key put into one of its dicts or lists."""
    if odd is None:
        return config
    containers: list[Any] = [config]
    pending: list[Any] = [config]
    while pending:
        item = pending.pop()
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, (dict, list)):
                containers.append(child)
                pending.append(child)
    where = chance.choice(containers)
    what, value = odd
    if isinstance(where, list):
        where.insert(chance.randint(0, len(where)), value)
    elif what == "key":
        where[value] = 0
    else:
        where["odd"] = value
    return config


ODD = st.none() | st.tuples(st.just("key"), ODD_KEYS) | st.tuples(st.just("value"), ODD_LEAVES)
CONFIGS = st.builds(
    _with_odd_one,
    st.dictionaries(FINE_KEYS, FINE, max_size=4),
    ODD,
    st.randoms(use_true_random=False),
)


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"a": [value]}
    return value


def _cyclic() -> dict[str, Any]:
    value: dict[str, Any] = {"a": 1, "b": []}
    value["b"].append(value)
    return value


@settings(max_examples=600, deadline=None)
@given(CONFIGS)
def test_the_fast_walk_passes_only_what_the_full_walk_passes(config: dict[Any, Any]) -> None:
    if _plain_data._surely_plain(config):
        assert _plain_data._first_problem(config) is None
    assert _plain_data.plain_data_problem(config) == _plain_data._first_problem(config)


def test_depth_and_cycles_are_left_to_the_full_walk() -> None:
    assert _plain_data._surely_plain(_nested(_plain_data.MAX_DEPTH // 2 - 1))
    for config in (_nested(_plain_data.MAX_DEPTH), _cyclic()):
        assert not _plain_data._surely_plain(config)
        found = _plain_data.plain_data_problem(config)
        assert found is not None
        assert found == _plain_data._first_problem(config)
        assert found.rule == ("cycle" if "b" in config else "depth")


def _chain(levels: int) -> dict[str, Any]:
    """A dict whose innermost container sits `levels` below it, dicts and lists in turn."""
    value: Any = []
    for level in range(levels - 1):
        value = {"k": value} if level % 2 else [value]
    return {"k": value}


def test_the_fast_walk_stops_at_the_same_depth_as_the_full_walk() -> None:
    deepest = _chain(_plain_data.MAX_DEPTH)
    assert _plain_data._surely_plain(deepest)
    assert _plain_data._first_problem(deepest) is None
    too_deep = _chain(_plain_data.MAX_DEPTH + 1)
    assert not _plain_data._surely_plain(too_deep)
    found = _plain_data.plain_data_problem(too_deep)
    assert found is not None
    assert found.rule == "depth"


def test_a_caller_deep_in_its_own_stack_gets_the_same_verdict() -> None:
    """The fast walk recurses; out of stack, it leaves the config to the full walk."""
    deepest = _chain(_plain_data.MAX_DEPTH)

    def judged_at(levels: int) -> Any:
        return judged_at(levels - 1) if levels else _plain_data.plain_data_problem(deepest)

    limit = sys.getrecursionlimit()
    assert judged_at(limit - 80) is None
