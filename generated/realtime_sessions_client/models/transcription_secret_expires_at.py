from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.transcription_secret_expires_at_anchor import (
    TranscriptionSecretExpiresAtAnchor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionSecretExpiresAt")


@_attrs_define
class TranscriptionSecretExpiresAt:
    """
    Attributes:
        anchor (TranscriptionSecretExpiresAtAnchor | Unset): The lifetime counts from the secret's creation.
        seconds (int | Unset): Lifetime in seconds, 10 to 7200.
    """

    anchor: TranscriptionSecretExpiresAtAnchor | Unset = UNSET
    seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        anchor: str | Unset = UNSET
        if not isinstance(self.anchor, Unset):
            anchor = self.anchor.value

        seconds = self.seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _anchor = d.pop("anchor", UNSET)
        anchor: TranscriptionSecretExpiresAtAnchor | Unset
        if isinstance(_anchor, Unset):
            anchor = UNSET
        else:
            anchor = TranscriptionSecretExpiresAtAnchor(_anchor)

        seconds = d.pop("seconds", UNSET)

        transcription_secret_expires_at = cls(
            anchor=anchor,
            seconds=seconds,
        )

        return transcription_secret_expires_at
