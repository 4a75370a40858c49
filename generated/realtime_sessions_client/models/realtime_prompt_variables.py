from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

if TYPE_CHECKING:
    from ..models.prompt_input_file import PromptInputFile
    from ..models.prompt_input_image import PromptInputImage
    from ..models.prompt_input_text import PromptInputText


T = TypeVar("T", bound="RealtimePromptVariables")


@_attrs_define
class RealtimePromptVariables:
    """ """

    additional_properties: dict[
        str, PromptInputFile | PromptInputImage | PromptInputText | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.prompt_input_file import PromptInputFile
        from ..models.prompt_input_image import PromptInputImage
        from ..models.prompt_input_text import PromptInputText

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if (
                isinstance(prop, PromptInputText)
                or isinstance(prop, PromptInputImage)
                or isinstance(prop, PromptInputFile)
            ):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.prompt_input_file import PromptInputFile
        from ..models.prompt_input_image import PromptInputImage
        from ..models.prompt_input_text import PromptInputText

        d = dict(src_dict)
        realtime_prompt_variables = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> PromptInputFile | PromptInputImage | PromptInputText | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_prompt_input_content_type_0 = (
                        PromptInputText.from_dict(data)
                    )

                    return componentsschemas_prompt_input_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_prompt_input_content_type_1 = (
                        PromptInputImage.from_dict(data)
                    )

                    return componentsschemas_prompt_input_content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_prompt_input_content_type_2 = (
                        PromptInputFile.from_dict(data)
                    )

                    return componentsschemas_prompt_input_content_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    PromptInputFile | PromptInputImage | PromptInputText | str, data
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        realtime_prompt_variables.additional_properties = additional_properties
        return realtime_prompt_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> PromptInputFile | PromptInputImage | PromptInputText | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: PromptInputFile | PromptInputImage | PromptInputText | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
