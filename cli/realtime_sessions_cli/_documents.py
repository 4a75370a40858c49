"""Parse JSON and YAML text into plain data, with every refusal of the loaders in one place.

API: `parse_json(text)` and `parse_yaml(text)` return the document or raise DocumentError,
whose `reason` says what is wrong and where. What a parser would accept but a request cannot
be, or what would cost without bound, is refused here whatever the loader underneath:

- duplicate keys (JSON and YAML), with their path: last-wins would send what nobody sees;
- YAML aliases and anchors (`*name`): a few hundred bytes expand into gigabytes;
- nesting deeper than MAX_DEPTH levels, and YAML integers longer than Python converts;
- NaN / Infinity in JSON, with their path.

YAML is read as a node graph (`compose`) and checked before anything is built, so the checks
hold for `yaml.SafeLoader` and `yaml.CSafeLoader` alike. libyaml's CSafeLoader parses when PyYAML
has it (a 1 MB config in milliseconds instead of a second; construction is SafeLoader's own
code), and any document it refuses is read again by the pure-Python SafeLoader, whose verdict,
message and position are the ones shown: the two parsers word errors differently, and libyaml
must never refuse what SafeLoader reads. Where libyaml reads a document differently from
SafeLoader (a tab, a byte-order mark inside the text, a bare `!` tag, `|#`), the text goes to
SafeLoader alone (`_libyaml_differs`), so values and refusals stay SafeLoader's.

For speed on libyaml's nodes: tags are resolved by a leaner CSafeLoader (`_libyaml_loader`,
the same tags), and a document of JSON data is checked and built in one walk
(`_plain_document`, SafeConstructor's own scalar functions); anything else, refusals
included, goes the check-then-construct way, so values and messages stay as they were.
"""

from __future__ import annotations

import functools
import json
import math
import sys
from collections import deque
from typing import Any

MAX_DEPTH = 100  # the library's own limit (realtime_sessions._plain_data.MAX_DEPTH)
_INT_TAG = "tag:yaml.org,2002:int"
_DEEPER = f"it nests deeper than {MAX_DEPTH} levels; no session config needs that"
# Text on which libyaml and SafeLoader disagree (found by feeding both random documents; see
# tests/test_yaml_loaders.py): tabs (libyaml takes them inside plain scalars), U+FEFF (libyaml
# drops it anywhere), a tag (`!` where a token starts: libyaml reads a bare `!` as ''), and a
# block scalar header with a comment glued on (`|#`). One more is seen only in the nodes: a
# plain scalar with `?` inside `{...}` or `[...]`, which libyaml reads and SafeLoader refuses
# (`_LibyamlDiffers`). Both refuse the same control characters.
_DIFFERING_CHARACTERS = ("\t", "\ufeff")
_HEADER_INDICATORS = "-+0123456789"  # what may stand between `|` or `>` and a glued `#`


class _LibyamlDiffers(Exception):
    """libyaml read a node SafeLoader would not: the document goes to SafeLoader."""


class DocumentError(ValueError):
    """Text that is no usable document; `reason` is the sentence to show after the file name."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_json(text: str) -> Any:
    """The JSON document in `text`, or DocumentError (invalid, duplicate key, too deep, NaN)."""
    try:
        document = json.loads(text, object_pairs_hook=_object)
    except RecursionError:
        raise DocumentError(_DEEPER) from None
    except json.JSONDecodeError as error:
        raise DocumentError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except ValueError as error:  # an integer over sys.get_int_max_str_digits() digits
        raise DocumentError(f"not valid JSON: {error}") from None
    _check_json(document)
    return document


class _Repeated(dict):  # type: ignore[type-arg]
    """A JSON object that repeats a key; the walk reports it with its path."""

    def __init__(self, pairs: list[tuple[str, Any]], repeated: str) -> None:
        super().__init__(pairs)
        self.repeated = repeated


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict; a _Repeated when a key comes twice (rare: checked only then)."""
    built = dict(pairs)
    if len(built) == len(pairs):
        return built
    seen: set[str] = set()
    repeated = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
    return _Repeated(pairs, repeated)


def _check_json(document: Any) -> None:
    stack: list[tuple[Any, tuple[Any, ...]]] = [(document, ())]
    while stack:
        item, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise DocumentError(f"{_where(path[:MAX_DEPTH])} {_DEEPER}")
        if isinstance(item, dict):
            if isinstance(item, _Repeated):
                raise DocumentError(_duplicate(path, item.repeated))
            stack.extend((child, (*path, key)) for key, child in item.items())
        elif isinstance(item, list):
            stack.extend((child, (*path, index)) for index, child in enumerate(item))
        elif isinstance(item, float) and not math.isfinite(item):
            raise DocumentError(
                f"{_where(path)} is not a finite number ({item}); JSON cannot carry it"
            )


def parse_yaml(text: str, *, expected: str = "YAML") -> Any:
    """The YAML document in `text`, or DocumentError (invalid, alias, duplicate key, too deep,
    an integer too long to convert). `expected` names the format in messages."""
    return read_yaml(text, expected=expected)[0]


def read_yaml(text: str, *, expected: str = "YAML") -> tuple[Any, bool]:
    """`parse_yaml`, and whether the document is known to be JSON data already (string keys,
    finite numbers, no dates or bytes): then nobody needs to walk it again to find out."""
    import yaml

    fast = _libyaml_loader()
    if fast is not None and not _libyaml_differs(text):
        try:
            return _load_yaml(text, expected, fast, plain=True)
        except (DocumentError, _LibyamlDiffers, UnicodeEncodeError):  # the last: a surrogate
            pass  # worded (or, should libyaml alone refuse it, read) by SafeLoader below
    return _load_yaml(text, expected, yaml.SafeLoader), False


def _libyaml_loader() -> Any:
    """CSafeLoader (None without libyaml), its tag resolution made leaner when it can be."""
    import yaml

    base = getattr(yaml, "CSafeLoader", None)
    if base is None or base.yaml_path_resolvers:
        return base
    return _lean_loader(base)


@functools.cache
def _lean_loader(base: Any) -> Any:
    """`base` (CSafeLoader, with no path resolvers) with a leaner tag resolution.

    libyaml calls back into Python for every node: `descend_resolver`, `resolve` and
    `ascend_resolver`, a fifth of the parse. With no path resolvers registered (PyYAML has
    none unless a program adds them), the first two do nothing and `resolve` comes down to
    the implicit resolvers of the scalar's first character, then the default tags: the
    subclass does just that, with the resolver lists joined once, so every tag is the one
    Resolver gives (tests/test_yaml_loaders.py compares them).
    """
    import yaml

    wildcard = base.yaml_implicit_resolvers.get(None, [])
    by_first = {
        first: tuple(resolvers + wildcard)
        for first, resolvers in base.yaml_implicit_resolvers.items()
        if first is not None
    }
    no_match = tuple(wildcard)
    scalar, sequence = yaml.ScalarNode, yaml.SequenceNode
    scalar_tag, sequence_tag, mapping_tag = (
        base.DEFAULT_SCALAR_TAG,
        base.DEFAULT_SEQUENCE_TAG,
        base.DEFAULT_MAPPING_TAG,
    )

    class LeanCSafeLoader(base):  # type: ignore[misc, valid-type]
        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            return None

        def ascend_resolver(self) -> None:
            return None

        def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
            if kind is scalar:
                if implicit[0]:
                    for tag, regexp in by_first.get(value[:1], no_match):
                        if regexp.match(value):
                            return tag
                return scalar_tag
            return sequence_tag if kind is sequence else mapping_tag

    return LeanCSafeLoader


def _libyaml_differs(text: str) -> bool:
    """Whether `text` has what libyaml reads otherwise than SafeLoader (see above). Plain
    substring tests first: a regular expression over a megabyte costs more than the parse."""
    if any(character in text for character in _DIFFERING_CHARACTERS):
        return True
    return _glued_comment(text) or _tag(text)


def _glued_comment(text: str) -> bool:
    """`|#`, `>-#`, `|2#`: a block scalar header with a comment glued on."""
    at = text.find("#")
    while at != -1:
        before = at - 1
        while before >= 0 and text[before] in _HEADER_INDICATORS:
            before -= 1
        if before >= 0 and text[before] in "|>":
            return True
        at = text.find("#", at + 1)
    return False


def _tag(text: str) -> bool:
    """A `!` where a token may start: "Hello!" is no tag, `a: !x` and `[!x]` may be."""
    at = text.find("!")
    while at != -1:  # a tag starts a token; "Hello!" does not
        if at == 0 or not text[at - 1].isalnum():
            return True
        at = text.find("!", at + 1)
    return False


def _load_yaml(text: str, expected: str, loader_class: Any, *, plain: bool = False) -> Any:
    """The document, checked then constructed; with `plain` (libyaml's nodes), (document,
    whether it is known to be JSON data), by `_plain_document` when it can."""
    import yaml

    try:
        loader = loader_class(text)
    except yaml.reader.ReaderError as error:  # SafeLoader checks every character first
        raise DocumentError(f"not valid {expected}: {_unreadable(text, error)}") from None
    try:
        node = loader.get_single_node()
        if node is None:
            return (None, True) if plain else None
        if plain:
            try:
                return _plain_document(loader, node), True
            except _NotPlain:
                pass
        _check_yaml(node, libyaml=loader_class is not yaml.SafeLoader)
        document = loader.construct_document(node)
        return (document, False) if plain else document
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(_DEEPER) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise DocumentError(f"not valid {expected}: {problem}{where}") from None
    except ValueError as error:  # a value its constructor cannot convert
        raise DocumentError(f"not valid {expected}: {error}") from None
    finally:
        loader.dispose()


def _unreadable(text: str, error: Any) -> str:
    """A character no YAML document may hold (NUL, most control characters), with its place."""
    line = text.count("\n", 0, error.position) + 1
    column = error.position - text.rfind("\n", 0, error.position)
    return (
        f"unacceptable character #x{error.character:04x}: {error.reason} "
        f"at line {line}, column {column}"
    )


class _NotPlain(Exception):
    """A node `_plain_document` leaves to the check-then-construct way."""


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_FLOAT_TAG = "tag:yaml.org,2002:float"
# Scalars whose SafeConstructor function returns the value at once (no generator, no state).
_DIRECT_TAGS = frozenset({_INT_TAG, _FLOAT_TAG, "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"})


def _plain_document(loader: Any, root: Any) -> Any:
    """libyaml's node graph of a document of JSON data, checked and built in one walk.

    `_check_yaml` and then `construct_document` walk every node twice, and the file's reader
    walks the result a third time for what JSON cannot carry. For the common document (maps
    and lists of strings, numbers, booleans and nulls, string keys) one walk does all three:
    scalars are built by the very SafeConstructor functions `construct_document` would call,
    maps and lists as SafeConstructor builds them. Anything else (an alias, a repeated key, a
    merge key, a non-string key, another tag, a date, NaN, too deep, too long an integer, `?`
    in a flow scalar, a value its constructor refuses) raises _NotPlain, and the document
    goes the two-walk way, which words the refusal exactly as before or builds the value.
    """
    import yaml

    scalar_node, mapping_node, sequence_node = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
    constructors = loader.yaml_constructors
    digits = sys.get_int_max_str_digits()
    seen: set[int] = set()

    def build(node: Any, depth: int) -> Any:
        if depth >= MAX_DEPTH or id(node) in seen:
            raise _NotPlain
        seen.add(id(node))
        kind, tag = type(node), node.tag
        if kind is scalar_node:
            if tag == _STR_TAG:
                return node.value
            if tag not in _DIRECT_TAGS or (tag == _INT_TAG and len(node.value) > digits > 0):
                raise _NotPlain
            try:
                value = constructors[tag](loader, node)
            except Exception:  # worded by the two-walk way
                raise _NotPlain from None
            if tag == _FLOAT_TAG and not math.isfinite(value):
                raise _NotPlain
            return value
        if node.flow_style and _question_in_flow(node):
            raise _NotPlain
        if kind is mapping_node and tag == _MAP_TAG:
            mapping: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key_id = id(key_node)
                if type(key_node) is not scalar_node or key_node.tag != _STR_TAG or key_id in seen:
                    raise _NotPlain
                seen.add(key_id)
                key = key_node.value
                if key in mapping:
                    raise _NotPlain
                mapping[key] = build(value_node, depth + 1)
            return mapping
        if kind is sequence_node and tag == _SEQ_TAG:
            return [build(child, depth + 1) for child in node.value]
        raise _NotPlain

    return build(root, 0)


def _check_yaml(root: Any, *, libyaml: bool = False) -> None:
    """Refuse aliases (a node met twice), duplicate keys, depth and over-long integers; with
    `libyaml`, raise _LibyamlDiffers at a node SafeLoader would have refused."""
    import yaml

    seen: set[int] = set()
    # Breadth first: an alias is reported where it is written, not deep inside its expansion.
    stack: deque[tuple[Any, tuple[Any, ...]]] = deque([(root, ())])
    while stack:
        node, path = stack.popleft()
        if id(node) in seen:
            raise DocumentError(
                f"{_where(path)} uses a YAML alias (*name); aliases are refused, since a few "
                "of them expand a small file into gigabytes. Write the value out"
            )
        seen.add(id(node))
        if len(path) > MAX_DEPTH:
            raise DocumentError(f"{_where(path[:MAX_DEPTH])} {_DEEPER}")
        if libyaml and getattr(node, "flow_style", False) and _question_in_flow(node):
            raise _LibyamlDiffers
        if isinstance(node, yaml.MappingNode):
            keys: set[tuple[str, str]] = set()
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is not None:
                    if (key_node.tag, key) in keys:
                        raise DocumentError(_duplicate(path, key))
                    keys.add((key_node.tag, key))
                stack.append((key_node, path))
                stack.append((value_node, (*path, key if key is not None else "?")))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, (*path, index)) for index, child in enumerate(node.value))
        elif node.tag == _INT_TAG and len(node.value) > sys.get_int_max_str_digits() > 0:
            raise DocumentError(
                f"{_where(path)} is an integer of {len(node.value)} digits; no field takes one "
                "that long"
            )


def _question_in_flow(node: Any) -> bool:
    """A plain scalar (style None, or "" from libyaml) holding `?` in a flow collection:
    SafeLoader ends the scalar there."""
    import yaml

    children = (
        [item for pair in node.value for item in pair]
        if isinstance(node, yaml.MappingNode)
        else node.value
    )
    return any(
        isinstance(child, yaml.ScalarNode) and not child.style and "?" in child.value
        for child in children
    )


def _where(path: tuple[Any, ...]) -> str:
    from realtime_sessions import format_path

    return format_path(path) or "the document"


def _duplicate(path: tuple[Any, ...], key: str) -> str:
    from realtime_sessions import format_path

    place = format_path((*path, key))
    return f"{place} is written twice; remove one (only the last would count, silently)"
