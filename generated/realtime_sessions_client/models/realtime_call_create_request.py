from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )


T = TypeVar("T", bound="RealtimeCallCreateRequest")


@_attrs_define
class RealtimeCallCreateRequest:
    """The multipart body of `POST /realtime/calls`.

    Attributes:
        sdp (str): An SDP offer (RFC 8866) as `RTCPeerConnection.createOffer()` makes it: it starts with the
            `v=0` line and has at least one media section (`m=` line).
        session (RealtimeSessionCreateRequestGA | Unset): The GA (nested) session configuration. Only `type` is
            required; audio settings live under
            `audio.input` and `audio.output`, and `temperature` no longer exists.
    """

    sdp: str
    session: RealtimeSessionCreateRequestGA | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sdp = self.sdp

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sdp": sdp,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("sdp", (None, str(self.sdp).encode(), "text/plain")))

        if not isinstance(self.session, Unset):
            files.append(
                (
                    "session",
                    (
                        None,
                        json.dumps(self.session.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_session_create_request_ga import (
            RealtimeSessionCreateRequestGA,
        )

        d = dict(src_dict)
        sdp = d.pop("sdp")

        _session = d.pop("session", UNSET)
        session: RealtimeSessionCreateRequestGA | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = RealtimeSessionCreateRequestGA.from_dict(_session)

        realtime_call_create_request = cls(
            sdp=sdp,
            session=session,
        )

        return realtime_call_create_request
