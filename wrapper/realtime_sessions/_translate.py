"""Translate a session config between the beta (flat) and the GA (nested) vocabulary.

The beta vocabulary is the body of `POST /realtime/sessions`; the GA vocabulary is the `session`
object of `POST /realtime/client_secrets`, whose secret lifetime sits next to it in
`expires_after`. A GA config is either that session alone or the whole request around it (the
"envelope", `{"session": {...}, "expires_after": {...}}`), so that the body we print can be
kept and used again. OpenAI retired the beta shape on api.openai.com while proxies still speak
it, so configs have to move both ways.

Nothing is dropped silently: a setting the target cannot express becomes an error `Problem` whose
path points into the config as the user wrote it, and the rest is still translated. Judging the
config itself is the validator's job, so odd values are passed through rather than repaired.
Pure functions on the standard library and attrs only, so that the CLI's offline commands start
fast.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

import attrs

from ._endpoints import ENDPOINT_OF_VOCABULARY, FIELDS, Path, Vocabulary
from ._report import Problem, format_path
from ._schema_check import is_mapping, shown_as_json

# Keys that exist at the top level of one vocabulary only; they tell the two apart.
BETA_ONLY_KEYS = frozenset(
    {
        "modalities",
        "voice",
        "speed",
        "input_audio_format",
        "output_audio_format",
        "input_audio_transcription",
        "input_audio_noise_reduction",
        "turn_detection",
        "temperature",
        "max_response_output_tokens",
        "client_secret",
    }
)
GA_ONLY_KEYS = frozenset(
    {
        "type",
        "output_modalities",
        "audio",
        "max_output_tokens",
        "include",
        "truncation",
        "prompt",
        "reasoning",
        "parallel_tool_calls",
    }
)

# Where each translatable beta key lives in a GA session (the registry's field table).
_GA_PATH_OF_BETA_KEY: dict[str, Path] = {
    field.beta_key: field.ga_path for field in FIELDS if field.ga_path is not None
}
_BETA_KEY_OF_GA_PATH: dict[Path, str] = {path: key for key, path in _GA_PATH_OF_BETA_KEY.items()}

# The top-level session keys of either vocabulary: in a whole GA request, inside `session`.
SESSION_KEYS = BETA_ONLY_KEYS | GA_ONLY_KEYS | _GA_PATH_OF_BETA_KEY.keys()

# GA session fields with no beta counterpart at all.
_GA_ONLY_SETTINGS = ("include", "truncation", "prompt", "reasoning", "parallel_tool_calls")

_GA_FORMAT_OF_BETA_FORMAT: dict[str, dict[str, Any]] = {
    "pcm16": {"type": "audio/pcm", "rate": 24000},
    "g711_ulaw": {"type": "audio/pcmu"},
    "g711_alaw": {"type": "audio/pcma"},
}
_BETA_FORMAT_OF_GA_TYPE = {ga["type"]: beta for beta, ga in _GA_FORMAT_OF_BETA_FORMAT.items()}

# GA lifetime defaults, written out when a GA lifetime moves to beta, whose own defaults differ.
_GA_EXPIRES_AFTER_DEFAULTS = {
    "anchor": "created_at",
    "seconds": ENDPOINT_OF_VOCABULARY["ga"].default_lifetime_seconds,
}

_TO_GA = ENDPOINT_OF_VOCABULARY["ga"].label
_TO_BETA = ENDPOINT_OF_VOCABULARY["beta"].label
_LABEL_OF_VOCABULARY: dict[Vocabulary, str] = {"beta": _TO_BETA, "ga": _TO_GA}
_NAME_OF_VOCABULARY: dict[Vocabulary, str] = {"beta": "beta", "ga": "GA"}
# How to choose an endpoint or pass a lifetime, naming the argument, never a CLI flag.
_USE_BETA = "use the sessions endpoint (endpoint 'sessions')"
_USE_GA = "use the client-secrets endpoint (endpoint 'client-secrets')"
_LIFETIME_ARGUMENT = "the lifetime argument (expires_after_seconds)"


@attrs.frozen
class TranslationResult:
    """A config in the target vocabulary, plus what could not be carried over.

    `body` is the GA `session` object when `target` is "ga", or the whole beta request body
    (lifetime included, as `client_secret`) when it is "beta". `expires_after` is the GA
    top-level secret lifetime taken from a beta `client_secret`; it stays None for beta targets
    and when the beta config set no lifetime. `request` assembles the full target body.
    """

    target: Vocabulary
    body: dict[str, Any]
    expires_after: Any = None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when everything the source said is in `body`."""
        return not any(problem.severity == "error" for problem in self.problems)

    @property
    def request(self) -> dict[str, Any]:
        """The request body for the target endpoint: GA wraps the session with its lifetime."""
        if self.target == "beta":
            return self.body
        request: dict[str, Any] = {"session": self.body}
        if self.expires_after is not None:
            request["expires_after"] = self.expires_after
        return request


def vocabulary_of(config: Mapping[str, Any]) -> Vocabulary:
    """The vocabulary the user meant, so that every path and name we report is theirs.

    `session` makes the config a whole GA request (see `is_envelope`). Otherwise `type` exists
    in GA only and is the one key GA requires, so it decides. Without it, any beta-only key
    means beta, a mixed config included: its GA keys are the odd ones out. A config with GA-only
    keys alone is GA that lacks its `type`; one with shared keys alone is beta.
    """
    if not is_mapping(config):
        return "beta"
    if "type" in config or is_envelope(config):
        return "ga"
    if GA_ONLY_KEYS.isdisjoint(config) or not BETA_ONLY_KEYS.isdisjoint(config):
        return "beta"
    return "ga"


def is_envelope(config: Mapping[str, Any]) -> bool:
    """Whether a config is a whole GA request, `{"session": {...}, "expires_after"?: {...}}`.

    `session` decides, as no session of either vocabulary has such a key. A lifetime alone does
    not: the API takes it only next to a session, so a session holding one misplaced it.
    """
    return "session" in config


def envelope_problems(request: Mapping[str, Any]) -> tuple[Problem, ...]:
    """One error when a GA request also has session keys at its top level, naming them.

    Two forms of config mixed, so it shares the rule of two vocabularies mixed. The API refuses
    the keys there (unknown parameters), and which place the user meant is a guess, so nothing
    is moved for them.
    """
    stray = sorted(SESSION_KEYS.intersection(request))
    if not stray:
        return ()
    keys = ", ".join(stray)
    return (
        Problem(
            "",
            "mixed_vocabulary",
            f"the config is a whole {_TO_GA} request (it has session) but also has session "
            f"keys at its top level ({keys}); the request takes only session and expires_after.",
            f"Move {keys} into session, or write the session alone without the envelope.",
            stray,
        ),
    )


def misplaced_lifetime_problem(
    value: Any, vocabulary: Vocabulary, *, enveloped: bool = False
) -> Problem:
    """An `expires_after` among the session settings, with the place its vocabulary keeps it.

    GA keeps the lifetime in the request, next to `session`: the API refuses it inside a
    session as an unknown parameter, so we do too (under that rule) rather than guess which one
    the user meant. Beta keeps it in `client_secret`, with both fields it requires; there it is
    the GA name of a beta setting. The path is relative to the session.
    """
    if vocabulary == "beta":
        shown = shown_as_json(_beta_expires_after(value), "{...}")
        return Problem(
            "expires_after",
            "other_vocabulary",
            f"expires_after is the GA name ({_TO_GA}); this beta config calls it "
            "client_secret.expires_after.",
            f'Write it as client_secret: {{"expires_after": {shown}}}.',
            value,
        )
    request = f'{{"session": {{...}}, "expires_after": {shown_as_json(value, "{...}")}}}'
    return Problem(
        "expires_after",
        "unknown_key",
        f"expires_after is not a session setting: {_TO_GA} takes the secret's lifetime next "
        "to the session, not inside it.",
        f"Move it out of session, next to it: {request}."
        if enveloped
        else f"Wrap the session in the request to keep the lifetime in the file: {request}; "
        f"or pass {_LIFETIME_ARGUMENT}.",
        value,
    )


def foreign_keys(config: Mapping[str, Any], vocabulary: Vocabulary) -> list[str]:
    """The top-level keys of `config` that only the other vocabulary has, sorted."""
    other = GA_ONLY_KEYS if vocabulary == "beta" else BETA_ONLY_KEYS
    return [] if other.isdisjoint(config) else sorted(other.intersection(config))


def vocabulary_problems(config: Mapping[str, Any]) -> tuple[Problem, ...]:
    """One error when a config mixes beta-only and GA-only keys, naming the keys of each side.

    Neither endpoint accepts such a body (the other side's keys are unknown parameters to it).
    The hint says which way the config reads (`vocabulary_of`) and which keys must change.
    """
    if not isinstance(config, Mapping) or GA_ONLY_KEYS.isdisjoint(config):
        return ()
    beta = sorted(BETA_ONLY_KEYS.intersection(config))
    ga = sorted(GA_ONLY_KEYS.intersection(config))
    if not (beta and ga):
        return ()
    reading = vocabulary_of(config)
    why = "it has 'type'" if reading == "ga" else "it has no 'type'"
    odd = ga if reading == "beta" else beta
    return (
        Problem(
            "",
            "mixed_vocabulary",
            f"the config mixes beta keys ({', '.join(beta)}) with GA keys ({', '.join(ga)}); "
            f"write it in one vocabulary: beta for {_TO_BETA}, GA for {_TO_GA}.",
            f"It reads as {_NAME_OF_VOCABULARY[reading]} because {why}: change or remove "
            f"{', '.join(odd)}.",
            {"beta": beta, "ga": ga},
        ),
    )


def foreign_key_problems(config: Mapping[str, Any], vocabulary: Vocabulary) -> list[Problem]:
    """One error per key of the other vocabulary, at its own path, with its name in ours."""
    return [
        _foreign_key_problem(key, config[key], vocabulary)
        for key in foreign_keys(config, vocabulary)
    ]


def _foreign_key_problem(key: str, value: Any, vocabulary: Vocabulary) -> Problem:
    other: Vocabulary = "ga" if vocabulary == "beta" else "beta"
    theirs, endpoint = _NAME_OF_VOCABULARY[other], _LABEL_OF_VOCABULARY[other]
    ours = _NAME_OF_VOCABULARY[vocabulary]
    if key == "client_secret":  # no value: it may hold a live secret
        return Problem(
            key,
            "other_vocabulary",
            f"client_secret is a {theirs} key ({endpoint}); a GA secret's lifetime is the "
            "top-level expires_after of the request, outside the session.",
            'Remove it, and write the lifetime next to the session, {"session": {...}, '
            f'"expires_after": {{"seconds": 600}}}}, or pass it as {_LIFETIME_ARGUMENT}.',
        )
    if key == "audio":
        return Problem(
            key,
            "other_vocabulary",
            f"audio is a {theirs} key ({endpoint}); this {ours} config writes audio settings "
            "as flat keys.",
            _flat_audio_hint(value),
            value,
        )
    if vocabulary == "ga":
        path = _GA_PATH_OF_BETA_KEY.get(key)
        translated, failed = _to_ga_value(key, value)
    else:
        beta_key = _BETA_KEY_OF_GA_PATH.get((key,))
        path = None if beta_key is None else (beta_key,)
        moved: dict[str, Any] = {}
        failed: list[Problem] = []
        if beta_key is not None:
            _move_to_beta((key,), value, moved, failed)
        translated = moved.get(beta_key)
    if path is None:
        use = _USE_GA if other == "ga" else _USE_BETA
        return Problem(
            key,
            "other_vocabulary",
            f"{key} is a {theirs} key ({endpoint}); {ours} sessions have no {key}.",
            f"Remove it, or write the whole config in the {theirs} vocabulary and {use}.",
            value,
        )
    name = format_path(path)
    shown = f": {json.dumps(translated)}" if not failed and translated != value else ""
    return Problem(
        key,
        "other_vocabulary",
        f"{key} is the {theirs} name ({endpoint}); this {ours} config calls it {name}.",
        f"Write it as {name}{shown}.",
        value,
    )


def _flat_audio_hint(audio: Any) -> str:
    """Which beta key each of the given GA audio settings becomes."""
    settings = [(path, key) for path, key in _BETA_KEY_OF_GA_PATH.items() if path[0] == "audio"]
    given = [(path, key) for path, key in settings if _holds(audio, path[1:])]
    if given:
        return "Write " + ", ".join(f"{format_path(path)} as {key}" for path, key in given) + "."
    return "Use the flat beta keys instead: " + ", ".join(key for _, key in settings) + "."


def _holds(node: Any, path: Path) -> bool:
    """Whether nested objects hold a value at `path`."""
    for part in path:
        if not isinstance(node, Mapping) or part not in node:
            return False
        node = node[part]
    return True


def beta_to_ga(config: Mapping[str, Any]) -> TranslationResult:
    """The GA session and top-level `expires_after` that say what a beta config says.

    Keys outside both vocabularies are passed through for the validator to name.
    """
    if not isinstance(config, Mapping):
        return TranslationResult("ga", {}, problems=(_not_an_object((), config),))
    problems = list(_other_vocabulary_problems(config, "beta"))
    session: dict[str, Any] = {"type": "realtime"}
    expires_after = None
    for key, value in config.items():
        if key in GA_ONLY_KEYS:
            continue  # reported above, as a whole
        if key == "temperature":
            problems.append(
                _no_equivalent(
                    (key,),
                    value,
                    f"not supported by {_TO_GA} (GA sessions have no temperature).",
                    f"Remove it, or {_USE_BETA}.",
                )
            )
        elif key == "client_secret":
            expires_after, found = _expires_after_of_client_secret(value)
            problems += found
        elif key in _GA_PATH_OF_BETA_KEY:
            translated, found = _to_ga_value(key, value)
            problems += found
            if not found:
                _put(session, _GA_PATH_OF_BETA_KEY[key], translated)
        else:
            session[key] = copy.deepcopy(value)
    return TranslationResult("ga", session, expires_after, tuple(problems))


def ga_to_beta(
    session: Mapping[str, Any], expires_after: Mapping[str, Any] | None = None
) -> TranslationResult:
    """The beta body that says what a GA session (and its secret lifetime) says.

    A lifetime becomes `client_secret.expires_after`; beta requires both of its fields, so a
    missing one is filled with the GA default (`created_at`, 600 seconds), keeping the lifetime
    the user would get from GA. Keys outside both vocabularies are passed through.
    """
    if not isinstance(session, Mapping):
        return TranslationResult("beta", {}, problems=(_not_an_object((), session),))
    problems = list(_other_vocabulary_problems(session, "ga"))
    body: dict[str, Any] = {}
    for key, value in session.items():
        if key in BETA_ONLY_KEYS:
            continue  # reported above, as a whole
        if key == "type":
            if value != "realtime":
                problems.append(
                    Problem(
                        "type",
                        "invalid_value",
                        f"a {value!r} session is not supported by {_TO_BETA} (only realtime "
                        "sessions have a beta equivalent).",
                        f'Use type "realtime", or {_USE_GA}.',
                        value,
                    )
                )
        elif key == "audio":
            problems += _audio_to_beta(value, body)
        elif key in _GA_ONLY_SETTINGS:
            problems.append(
                _no_equivalent(
                    (key,),
                    value,
                    f"not supported by {_TO_BETA} (beta sessions have no {key}).",
                    f"Remove it, or {_USE_GA}.",
                )
            )
        elif (key,) in _BETA_KEY_OF_GA_PATH:
            _move_to_beta((key,), value, body, problems)
        else:
            body[key] = copy.deepcopy(value)
    if expires_after is not None:
        body["client_secret"] = {"expires_after": _beta_expires_after(expires_after)}
    return TranslationResult("beta", body, problems=tuple(problems))


def _other_vocabulary_problems(
    config: Mapping[str, Any], source: Vocabulary
) -> tuple[Problem, ...]:
    """A mixed config, or one written entirely in the vocabulary we translate into."""
    mixed = vocabulary_problems(config)
    if mixed:
        return mixed
    target: Vocabulary = "ga" if source == "beta" else "beta"
    foreign = foreign_keys(config, source)
    if not foreign:
        return ()
    return (
        Problem(
            "",
            "vocabulary",
            f"the config is already in the {_NAME_OF_VOCABULARY[target]} vocabulary "
            f"(it has {', '.join(foreign)}).",
            f"Send it to {_LABEL_OF_VOCABULARY[target]} as it is.",
            foreign,
        ),
    )


def _to_ga_value(key: str, value: Any) -> tuple[Any, list[Problem]]:
    """A beta value in GA form, or the problem that stops it."""
    if key == "modalities":
        if _is_list(value) and list(value) in (["audio", "text"], ["text", "audio"]):
            return ["audio"], []
        if _is_list(value) and list(value) == ["text"]:
            return ["text"], []
        return None, [
            _invalid(
                (key,),
                value,
                'the GA API takes only ["audio"] or ["text"]',
                'Use ["text"] or ["audio", "text"].',
            )
        ]
    if key in ("input_audio_format", "output_audio_format"):
        if isinstance(value, str) and value in _GA_FORMAT_OF_BETA_FORMAT:
            return copy.deepcopy(_GA_FORMAT_OF_BETA_FORMAT[value]), []
        return None, [
            _invalid((key,), value, "not a beta audio format", "Use pcm16, g711_ulaw or g711_alaw.")
        ]
    return copy.deepcopy(value), []


def _expires_after_of_client_secret(value: Any) -> tuple[Any, list[Problem]]:
    """The GA top-level lifetime held by a beta `client_secret`."""
    # No values in these problems: a pasted `client_secret` may hold a live secret.
    if not isinstance(value, Mapping):
        return None, [_not_an_object(("client_secret",), value, show_value=False)]
    problems = [
        Problem(
            format_path(("client_secret", key)),
            "no_equivalent",
            f"not supported by {_TO_GA} (the secret takes only expires_after).",
            "Remove it.",
        )
        for key in value
        if key != "expires_after"
    ]
    return copy.deepcopy(value.get("expires_after")), problems


def _audio_to_beta(audio: Any, body: dict[str, Any]) -> list[Problem]:
    """Move `audio.input.*` and `audio.output.*` to their flat beta keys."""
    if not isinstance(audio, Mapping):
        return [_not_an_object(("audio",), audio)]
    problems: list[Problem] = []
    for direction, settings in audio.items():
        if direction not in ("input", "output"):
            problems.append(_no_beta_place(("audio", direction), settings))
        elif not isinstance(settings, Mapping):
            problems.append(_not_an_object(("audio", direction), settings))
        else:
            for name, value in settings.items():
                path = ("audio", direction, name)
                if path in _BETA_KEY_OF_GA_PATH:
                    _move_to_beta(path, value, body, problems)
                else:
                    problems.append(_no_beta_place(path, value))
    return problems


def _move_to_beta(path: Path, value: Any, body: dict[str, Any], problems: list[Problem]) -> None:
    """Put one GA value under its beta key, or record why it cannot go there."""
    name = path[-1]
    found: list[Problem] = []
    if name == "output_modalities":
        if _is_list(value) and list(value) == ["audio"]:
            value = ["audio", "text"]
        elif not (_is_list(value) and list(value) == ["text"]):
            found.append(
                _invalid(
                    path,
                    value,
                    'the GA API takes only ["audio"] or ["text"]',
                    'Use ["audio"] or ["text"].',
                )
            )
    elif name == "format":
        value, found = _beta_format(path, value)
    elif name in ("tools", "tool_choice"):
        found = _mcp_to_beta(path, value)
    elif name == "voice" and isinstance(value, Mapping):
        found.append(
            _no_equivalent(
                path,
                value,
                f"a custom voice is not supported by {_TO_BETA} (beta voices are names only).",
                f"Use a built-in voice name, or {_USE_GA}.",
            )
        )
    problems += found
    if not found:
        body[_BETA_KEY_OF_GA_PATH[path]] = copy.deepcopy(value)


def _mcp_to_beta(path: Path, value: Any) -> list[Problem]:
    """MCP tools and a forced MCP tool_choice: beta sessions take function tools only."""
    if path == ("tool_choice",):
        forced = [(path, value)] if isinstance(value, Mapping) else []
    else:
        forced = (
            [((*path, index), tool) for index, tool in enumerate(value)] if _is_list(value) else []
        )
    return [
        _no_equivalent(
            where,
            item,
            f"MCP tools are not supported by {_TO_BETA} (beta sessions take function tools only).",
            f"Remove it, or {_USE_GA}.",
        )
        for where, item in forced
        if isinstance(item, Mapping) and item.get("type") == "mcp"
    ]


def beta_format_name(path: Path, value: Any) -> tuple[Any, list[Problem]]:
    """The beta format name of a GA format object at `path`, or the problems that stop it."""
    return _beta_format(path, value)


def ga_format_of_beta(name: str) -> Any:
    """The GA format object of a beta format name; unknown names pass through."""
    return copy.deepcopy(_GA_FORMAT_OF_BETA_FORMAT.get(name, name))


def _beta_format(path: Path, value: Any) -> tuple[Any, list[Problem]]:
    """The beta format name of a GA format object."""
    if not isinstance(value, Mapping):
        return None, [_not_an_object(path, value)]
    kind = value.get("type")
    name = _BETA_FORMAT_OF_GA_TYPE.get(kind) if isinstance(kind, str) else None
    if name is None:
        known = ", ".join(_BETA_FORMAT_OF_GA_TYPE)
        return None, [
            _invalid((*path, "type"), kind, "not a GA audio format", f"Use one of {known}.")
        ]
    allowed = _GA_FORMAT_OF_BETA_FORMAT[name]
    problems = [
        _invalid(
            (*path, key),
            item,
            f"{name} is {allowed[key]} only",
            f"Use {allowed[key]} or leave it out.",
        )
        if key in allowed
        else _no_beta_place((*path, key), item)
        for key, item in value.items()
        if key != "type" and not (key in allowed and item == allowed[key])
    ]
    return name, problems


def _beta_expires_after(expires_after: Any) -> Any:
    """A GA lifetime with both fields beta requires; odd values pass through."""
    if not isinstance(expires_after, Mapping):
        return copy.deepcopy(expires_after)
    return {**_GA_EXPIRES_AFTER_DEFAULTS, **copy.deepcopy(dict(expires_after))}


def _put(target: dict[str, Any], path: Path, value: Any) -> None:
    """Set a nested key, creating the objects on the way."""
    for part in path[:-1]:
        target = target.setdefault(part, {})
    target[path[-1]] = value


def _is_list(value: Any) -> bool:
    return isinstance(value, (list, tuple))


def _no_equivalent(path: Path, value: Any, message: str, hint: str) -> Problem:
    return Problem(format_path(path), "no_equivalent", message, hint, value)


def _no_beta_place(path: Path, value: Any) -> Problem:
    return _no_equivalent(
        path,
        value,
        f"not supported by {_TO_BETA} (the beta vocabulary has no place for it).",
        f"Remove it, or {_USE_GA}.",
    )


def _invalid(path: Path, value: Any, why: str, fix: str) -> Problem:
    return Problem(
        format_path(path), "invalid_value", f"{value!r} cannot be translated ({why}).", fix, value
    )


def _not_an_object(path: Path, value: Any, *, show_value: bool = True) -> Problem:
    return Problem(
        format_path(path),
        "type",
        f"must be an object to be translated, not {type(value).__name__}.",
        "Write it as an object.",
        value if show_value else None,
    )
