from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.expires_after_anchor import ExpiresAfterAnchor

T = TypeVar("T", bound="ExpiresAfter")


@_attrs_define
class ExpiresAfter:
    """
    Attributes:
        anchor (ExpiresAfterAnchor): The secret's lifetime counts from its creation.
        seconds (int): Lifetime in seconds, 10 to 7200.
    """

    anchor: ExpiresAfterAnchor
    seconds: int

    def to_dict(self) -> dict[str, Any]:
        anchor = self.anchor.value

        seconds = self.seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "anchor": anchor,
                "seconds": seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        anchor = ExpiresAfterAnchor(d.pop("anchor"))

        seconds = d.pop("seconds")

        expires_after = cls(
            anchor=anchor,
            seconds=seconds,
        )

        return expires_after
