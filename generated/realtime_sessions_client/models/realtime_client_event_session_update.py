from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_session_update_type import (
    RealtimeClientEventSessionUpdateType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )
    from ..models.realtime_transcription_session_update import (
        RealtimeTranscriptionSessionUpdate,
    )


T = TypeVar("T", bound="RealtimeClientEventSessionUpdate")


@_attrs_define
class RealtimeClientEventSessionUpdate:
    """Change the session: only the keys present change (`""` clears `instructions`, `[]`
    clears `tools`, `null` turns off `turn_detection`, `transcription`, `noise_reduction`).
    The voice cannot change once the model has spoken, the model and the session type not
    at all, tracing not once on. The server answers `session.updated`.

        Attributes:
            type_ (RealtimeClientEventSessionUpdateType):
            session (RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionUpdate): The new settings, for a realtime
                or a transcription session (`type` says which).
            event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
                `error.event_id` when the event fails.
    """

    type_: RealtimeClientEventSessionUpdateType
    session: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionUpdate
    event_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.realtime_session_create_request_ga import (
            RealtimeSessionCreateRequestGA,
        )

        type_ = self.type_.value

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateRequestGA):
            session = self.session.to_dict()
        else:
            session = self.session.to_dict()

        event_id = self.event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "session": session,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_session_create_request_ga import (
            RealtimeSessionCreateRequestGA,
        )
        from ..models.realtime_transcription_session_update import (
            RealtimeTranscriptionSessionUpdate,
        )

        d = dict(src_dict)
        type_ = RealtimeClientEventSessionUpdateType(d.pop("type"))

        def _parse_session(
            data: object,
        ) -> RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionUpdate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_session_update_type_0 = (
                    RealtimeSessionCreateRequestGA.from_dict(data)
                )

                return componentsschemas_realtime_session_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_session_update_type_1 = (
                RealtimeTranscriptionSessionUpdate.from_dict(data)
            )

            return componentsschemas_realtime_session_update_type_1

        session = _parse_session(d.pop("session"))

        event_id = d.pop("event_id", UNSET)

        realtime_client_event_session_update = cls(
            type_=type_,
            session=session,
            event_id=event_id,
        )

        return realtime_client_event_session_update
