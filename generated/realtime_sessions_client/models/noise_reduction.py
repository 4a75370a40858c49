from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.noise_reduction_type import NoiseReductionType

T = TypeVar("T", bound="NoiseReduction")


@_attrs_define
class NoiseReduction:
    """
    Attributes:
        type_ (NoiseReductionType): `near_field` for headsets and close microphones, `far_field` for laptops and rooms.
    """

    type_: NoiseReductionType

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = NoiseReductionType(d.pop("type"))

        noise_reduction = cls(
            type_=type_,
        )

        return noise_reduction
