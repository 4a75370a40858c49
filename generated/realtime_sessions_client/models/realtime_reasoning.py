from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_reasoning_effort import RealtimeReasoningEffort
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeReasoning")


@_attrs_define
class RealtimeReasoning:
    """Reasoning of reasoning Realtime models such as `gpt-realtime-2`.

    Attributes:
        effort (RealtimeReasoningEffort | Unset): How much the model reasons before answering. Server default `low`.
    """

    effort: RealtimeReasoningEffort | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _effort = d.pop("effort", UNSET)
        effort: RealtimeReasoningEffort | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = RealtimeReasoningEffort(_effort)

        realtime_reasoning = cls(
            effort=effort,
        )

        return realtime_reasoning
