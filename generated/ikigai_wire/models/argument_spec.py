from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.facet_argument_type import FacetArgumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.argument_spec_children import ArgumentSpecChildren


T = TypeVar("T", bound="ArgumentSpec")


@_attrs_define
class ArgumentSpec:
    """One argument of a facet type; MAP arguments list their allowed keys in `children`.

    Attributes:
        name (str):
        argument_type (FacetArgumentType):
        is_required (bool):
        is_list (bool): The value is a list of `argument_type`.
        is_hidden (bool):
        is_deprecated (bool):
        have_sub_arguments (bool):
        children (ArgumentSpecChildren):
        default_value (Any | Unset): The default (any JSON value, or null for none).
        options (list[bool | float | str] | None | Unset): The allowed values, when restricted.
    """

    name: str
    argument_type: FacetArgumentType
    is_required: bool
    is_list: bool
    is_hidden: bool
    is_deprecated: bool
    have_sub_arguments: bool
    children: ArgumentSpecChildren
    default_value: Any | Unset = UNSET
    options: list[bool | float | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        argument_type = self.argument_type.value

        is_required = self.is_required

        is_list = self.is_list

        is_hidden = self.is_hidden

        is_deprecated = self.is_deprecated

        have_sub_arguments = self.have_sub_arguments

        children = self.children.to_dict()

        default_value = self.default_value

        options: list[bool | float | str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item: bool | float | str
                options_type_0_item = options_type_0_item_data
                options.append(options_type_0_item)

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "argument_type": argument_type,
                "is_required": is_required,
                "is_list": is_list,
                "is_hidden": is_hidden,
                "is_deprecated": is_deprecated,
                "have_sub_arguments": have_sub_arguments,
                "children": children,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.argument_spec_children import ArgumentSpecChildren

        d = dict(src_dict)
        name = d.pop("name")

        argument_type = FacetArgumentType(d.pop("argument_type"))

        is_required = d.pop("is_required")

        is_list = d.pop("is_list")

        is_hidden = d.pop("is_hidden")

        is_deprecated = d.pop("is_deprecated")

        have_sub_arguments = d.pop("have_sub_arguments")

        children = ArgumentSpecChildren.from_dict(d.pop("children"))

        default_value = d.pop("default_value", UNSET)

        def _parse_options(data: object) -> list[bool | float | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:

                    def _parse_options_type_0_item(data: object) -> bool | float | str:
                        return cast(bool | float | str, data)

                    options_type_0_item = _parse_options_type_0_item(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[bool | float | str] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        argument_spec = cls(
            name=name,
            argument_type=argument_type,
            is_required=is_required,
            is_list=is_list,
            is_hidden=is_hidden,
            is_deprecated=is_deprecated,
            have_sub_arguments=have_sub_arguments,
            children=children,
            default_value=default_value,
            options=options,
        )

        argument_spec.additional_properties = d
        return argument_spec

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
