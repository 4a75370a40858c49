from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tracing_config_metadata import TracingConfigMetadata


T = TypeVar("T", bound="TracingConfig")


@_attrs_define
class TracingConfig:
    """
    Attributes:
        workflow_name (str | Unset):
        group_id (str | Unset):
        metadata (TracingConfigMetadata | Unset): Free-form metadata attached to the trace.
    """

    workflow_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    metadata: TracingConfigMetadata | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        workflow_name = self.workflow_name

        group_id = self.group_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tracing_config_metadata import TracingConfigMetadata

        d = dict(src_dict)
        workflow_name = d.pop("workflow_name", UNSET)

        group_id = d.pop("group_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TracingConfigMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TracingConfigMetadata.from_dict(_metadata)

        tracing_config = cls(
            workflow_name=workflow_name,
            group_id=group_id,
            metadata=metadata,
        )

        return tracing_config
