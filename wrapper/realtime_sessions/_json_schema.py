"""A standalone JSON Schema (draft 2020-12) of a session config, cut from the packaged contract.

The library validates configs itself; this export is for editors, CI checks of config files and
any other JSON Schema tool (`realtime-sessions schema` prints it).
It needs no schema library: the contract's schemas are JSON Schema already, apart from their
OpenAPI-only keywords and where their `$ref`s point.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _contract
from ._endpoints import ENDPOINT_OF_VOCABULARY, EndpointVocabulary

DRAFT = "https://json-schema.org/draft/2020-12/schema"
_COMPONENT_REF = "#/components/schemas/"
# OpenAPI keywords that are not JSON Schema; `x-` extensions are dropped as well.
_OPENAPI_ONLY = frozenset({"discriminator", "xml", "externalDocs", "example"})
# Keywords whose value maps names to schemas: their keys are names, never keywords.
_NAMED_SCHEMAS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


def config_json_schema(vocabulary: EndpointVocabulary) -> dict[str, Any]:
    """The config schema of `vocabulary`, with the schemas it uses under `$defs`."""
    schemas = _contract.spec()["components"]["schemas"]
    endpoint = ENDPOINT_OF_VOCABULARY[vocabulary]
    root_name = endpoint.session_schema
    schema: dict[str, Any] = {"$schema": DRAFT, "title": endpoint.title}
    if endpoint.request_schema != root_name:
        # `session` tells the whole request from the session alone; if/then/else (unlike
        # oneOf) lets validators and editors report errors inside the form that applies.
        request_name = endpoint.request_schema
        used = _referenced(schemas, request_name) | {root_name, request_name}
        schema["if"] = {"required": ["session"]}
        schema["then"] = {"$ref": "#/$defs/" + request_name}
        schema["else"] = {"$ref": "#/$defs/" + root_name}
    else:
        used = _referenced(schemas, root_name)
        schema.update(_convert(schemas[root_name]))
    defs = {name: _convert(schemas[name]) for name in sorted(used)}
    if defs:
        schema["$defs"] = defs
    return schema


def _chosen_by_tag(key: str, mapping: Mapping[str, str]) -> dict[str, Any]:
    """A discriminated union as if/then/else on the tag: unlike `oneOf`, validators then report
    errors inside the branch the tag names (`session.audio.output.speed`, not `session`)."""
    tags = list(mapping)
    chosen: dict[str, Any] = {
        "type": "object",
        "required": [key],
        "properties": {key: {"enum": tags}},
    }
    for tag in reversed(tags):
        chosen = {
            "if": {"required": [key], "properties": {key: {"const": tag}}},
            "then": {"$ref": "#/$defs/" + mapping[tag][len(_COMPONENT_REF) :]},
            "else": chosen,
        }
    return chosen


def _referenced(schemas: Mapping[str, Any], root: str) -> set[str]:
    """The names of the component schemas reachable from `root` (not `root`, unless cyclic)."""
    found: set[str] = set()
    pending = [schemas[root]]
    while pending:
        node = pending.pop()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_COMPONENT_REF):
                name = ref[len(_COMPONENT_REF) :]
                if name not in found:
                    found.add(name)
                    pending.append(schemas[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def _convert(node: Any, names: bool = False) -> Any:
    """A contract schema as plain JSON Schema: `$defs` refs, no OpenAPI-only keywords."""
    if isinstance(node, list):
        return [_convert(item) for item in node]
    if not isinstance(node, Mapping):
        return node
    if names:
        return {name: _convert(item) for name, item in node.items()}
    discriminator = node.get("discriminator")
    if isinstance(discriminator, Mapping) and "mapping" in discriminator:
        return _chosen_by_tag(discriminator["propertyName"], discriminator["mapping"])
    converted: dict[str, Any] = {}
    for key, value in node.items():
        if key in _OPENAPI_ONLY or key.startswith("x-"):
            continue
        if key == "$ref" and isinstance(value, str) and value.startswith(_COMPONENT_REF):
            converted[key] = "#/$defs/" + value[len(_COMPONENT_REF) :]
        else:
            converted[key] = _convert(value, names=key in _NAMED_SCHEMAS)
    return converted
