from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_secret_expires_at import TranscriptionSecretExpiresAt


T = TypeVar("T", bound="TranscriptionClientSecretConfig")


@_attrs_define
class TranscriptionClientSecretConfig:
    """Lifetime of the minted client secret. Server default one minute.

    Attributes:
        expires_at (TranscriptionSecretExpiresAt | Unset):
    """

    expires_at: TranscriptionSecretExpiresAt | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expires_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transcription_secret_expires_at import (
            TranscriptionSecretExpiresAt,
        )

        d = dict(src_dict)
        _expires_at = d.pop("expires_at", UNSET)
        expires_at: TranscriptionSecretExpiresAt | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = TranscriptionSecretExpiresAt.from_dict(_expires_at)

        transcription_client_secret_config = cls(
            expires_at=expires_at,
        )

        return transcription_client_secret_config
