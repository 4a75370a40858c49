from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_truncation_retention_ratio_type import (
    RealtimeTruncationRetentionRatioType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_truncation_token_limits import RealtimeTruncationTokenLimits


T = TypeVar("T", bound="RealtimeTruncationRetentionRatio")


@_attrs_define
class RealtimeTruncationRetentionRatio:
    """
    Attributes:
        type_ (RealtimeTruncationRetentionRatioType):
        retention_ratio (float): Share of the post-instruction tokens kept after a truncation, 0 to 1.
        token_limits (RealtimeTruncationTokenLimits | Unset): Custom token limits; the model's own apply when unset.
    """

    type_: RealtimeTruncationRetentionRatioType
    retention_ratio: float
    token_limits: RealtimeTruncationTokenLimits | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        retention_ratio = self.retention_ratio

        token_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_limits, Unset):
            token_limits = self.token_limits.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "retention_ratio": retention_ratio,
            }
        )
        if token_limits is not UNSET:
            field_dict["token_limits"] = token_limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_truncation_token_limits import (
            RealtimeTruncationTokenLimits,
        )

        d = dict(src_dict)
        type_ = RealtimeTruncationRetentionRatioType(d.pop("type"))

        retention_ratio = d.pop("retention_ratio")

        _token_limits = d.pop("token_limits", UNSET)
        token_limits: RealtimeTruncationTokenLimits | Unset
        if isinstance(_token_limits, Unset):
            token_limits = UNSET
        else:
            token_limits = RealtimeTruncationTokenLimits.from_dict(_token_limits)

        realtime_truncation_retention_ratio = cls(
            type_=type_,
            retention_ratio=retention_ratio,
            token_limits=token_limits,
        )

        return realtime_truncation_retention_ratio
