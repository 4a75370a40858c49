from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.server_vad_type import ServerVadType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerVad")


@_attrs_define
class ServerVad:
    """Voice activity detection on loudness and silence.

    Attributes:
        type_ (ServerVadType):
        threshold (float | Unset): Activation threshold; higher needs louder speech. Server default 0.5.
        prefix_padding_ms (int | Unset): Audio kept from before detected speech, in ms. Server default 300.
        silence_duration_ms (int | Unset): Silence that ends a turn, in ms. Documented default 500; servers echo 200.
        idle_timeout_ms (int | None | Unset): Ask the model to respond after this much idle time, in ms. Off when unset.
        create_response (bool | Unset): Start a response when the turn ends. Server default true.
        interrupt_response (bool | Unset): Interrupt an ongoing response when the user starts speaking. Server default
            true.
    """

    type_: ServerVadType
    threshold: float | Unset = UNSET
    prefix_padding_ms: int | Unset = UNSET
    silence_duration_ms: int | Unset = UNSET
    idle_timeout_ms: int | None | Unset = UNSET
    create_response: bool | Unset = UNSET
    interrupt_response: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        threshold = self.threshold

        prefix_padding_ms = self.prefix_padding_ms

        silence_duration_ms = self.silence_duration_ms

        idle_timeout_ms: int | None | Unset
        if isinstance(self.idle_timeout_ms, Unset):
            idle_timeout_ms = UNSET
        else:
            idle_timeout_ms = self.idle_timeout_ms

        create_response = self.create_response

        interrupt_response = self.interrupt_response

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms
        if idle_timeout_ms is not UNSET:
            field_dict["idle_timeout_ms"] = idle_timeout_ms
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ServerVadType(d.pop("type"))

        threshold = d.pop("threshold", UNSET)

        prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)

        silence_duration_ms = d.pop("silence_duration_ms", UNSET)

        def _parse_idle_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        idle_timeout_ms = _parse_idle_timeout_ms(d.pop("idle_timeout_ms", UNSET))

        create_response = d.pop("create_response", UNSET)

        interrupt_response = d.pop("interrupt_response", UNSET)

        server_vad = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            idle_timeout_ms=idle_timeout_ms,
            create_response=create_response,
            interrupt_response=interrupt_response,
        )

        return server_vad
