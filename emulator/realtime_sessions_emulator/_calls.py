"""`POST /v1/realtime/calls`: WebRTC call setup, in both of the API's forms.

- `application/sdp`: the raw SDP offer, sent by a browser with an `ek_` token.
- `multipart/form-data`: part `sdp` (the offer) and part `session` (the GA session, checked with
  jsonschema against the contract), sent by a server with its API key.

Both answer 201 with an SDP answer that a browser accepts (`setRemoteDescription`): one media
section per offered one, same mids, bundled, rtcp-mux, the offer's first codec, a DTLS
fingerprint and ICE credentials; and `Location: /v1/realtime/calls/rtc_...`. No media flows.
"""

from __future__ import annotations

import json
import re
import secrets
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import attrs
from jsonschema import Draft202012Validator

from ._errors import ApiError, error_for

SDP = "application/sdp"
_MEDIA = re.compile(r"^m=(\w+) \d+ (\S+) (.+)$")


@attrs.frozen
class CallReply:
    status: int
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()
    # The GA session of a multipart call (checked against the contract), for its conversation.
    session: dict[str, Any] | None = None


def _error(error: ApiError) -> CallReply:
    return CallReply(error.status, error.body(), "application/json", error.headers)


class CallRoute:
    """Answers call requests; `validator` checks a multipart body against the contract."""

    def __init__(self, base_path: str, validator: Draft202012Validator) -> None:
        self._base_path = base_path
        self._validator = validator

    def reply(self, content_type: str, raw: bytes) -> CallReply:
        kind = content_type.partition(";")[0].strip().lower()
        if kind == SDP:
            return self._answer(raw.decode("utf-8", "replace"))
        if kind == "multipart/form-data":
            body: dict[str, Any] = _form_parts(content_type, raw)
            if "session" in body:
                try:
                    body["session"] = json.loads(body["session"])
                except ValueError:
                    message = "The 'session' part is not valid JSON."
                    return _error(ApiError(400, message, "invalid_json", param="session"))
            first = next(self._validator.iter_errors(body), None)
            if first is not None:
                return _error(error_for(first))
            return self._answer(body["sdp"], body.get("session"))
        message = (
            f"Unsupported Content-Type {kind or '(none)'!r}: send the SDP offer as "
            "application/sdp, or multipart/form-data with parts 'sdp' and 'session'."
        )
        return _error(ApiError(400, message, "unsupported_content_type"))

    def _answer(self, offer: str, session: dict[str, Any] | None = None) -> CallReply:
        answer = sdp_answer(offer)
        if answer is None:
            message = "The SDP offer is not valid: it needs 'v=0' and at least one m= section."
            return _error(ApiError(400, message, "invalid_offer", param="sdp"))
        location = f"{self._base_path}/realtime/calls/rtc_{secrets.token_hex(16)}"
        return CallReply(201, answer.encode(), SDP, (("Location", location),), session)


def _form_parts(content_type: str, raw: bytes) -> dict[str, str]:
    """The named parts of a multipart/form-data body, as text."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message: Message = BytesParser(policy=HTTP).parsebytes(head + raw)
    parts = {}
    if message.is_multipart():
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if isinstance(name, str):
                payload = part.get_payload(decode=True) or b""
                parts[name] = payload.decode("utf-8", "replace")
    return parts


def _fingerprint() -> str:
    return ":".join(f"{byte:02X}" for byte in secrets.token_bytes(32))


def sdp_answer(offer: str) -> str | None:
    """An answer to `offer` with one section per offered m= line, or None for no offer."""
    lines = [line.strip() for line in offer.replace("\r\n", "\n").split("\n") if line.strip()]
    if not lines or lines[0] != "v=0":
        return None
    sections: list[list[str]] = []
    for line in lines:
        if line.startswith("m="):
            sections.append([line])
        elif sections:
            sections[-1].append(line)
    if not sections:
        return None
    ufrag, password, fingerprint = secrets.token_hex(4), secrets.token_hex(12), _fingerprint()
    mids = [_attribute(section, "mid") or str(index) for index, section in enumerate(sections)]
    out = [
        "v=0",
        f"o=- {secrets.randbelow(2**62)} 2 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        f"a=group:BUNDLE {' '.join(mids)}",
        "a=msid-semantic: WMS",
    ]
    for section, mid in zip(sections, mids, strict=True):
        out += _answer_section(section, mid, ufrag, password, fingerprint)
    return "\r\n".join(out) + "\r\n"


def _attribute(section: list[str], name: str) -> str | None:
    prefix = f"a={name}:"
    return next((line[len(prefix) :] for line in section if line.startswith(prefix)), None)


def _answer_section(
    section: list[str], mid: str, ufrag: str, password: str, fingerprint: str
) -> list[str]:
    found = _MEDIA.match(section[0])
    kind, proto, formats = found.groups() if found else ("audio", "UDP/TLS/RTP/SAVPF", "0")
    common = [
        "c=IN IP4 0.0.0.0",
        f"a=ice-ufrag:{ufrag}",
        f"a=ice-pwd:{password}",
        f"a=fingerprint:sha-256 {fingerprint}",
        "a=setup:active",
        f"a=mid:{mid}",
    ]
    if kind == "application":
        return [f"m=application 9 {proto} {formats}", *common, "a=sctp-port:5000"]
    payload = formats.split()[0]
    codec = [
        line for line in section if line.startswith((f"a=rtpmap:{payload} ", f"a=fmtp:{payload} "))
    ]
    return [
        f"m={kind} 9 {proto} {payload}",
        *common,
        "a=sendrecv",
        "a=rtcp-mux",
        *codec,
    ]
