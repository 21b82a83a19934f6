from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedded_directory import EmbeddedDirectory


T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """An app (a project on the wire).

    Attributes:
        project_id (str): An opaque identifier.
        name (str):
        owner (str): A user's e-mail address.
        description (str):
        created_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        modified_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        last_used_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        icon (str | Unset):
        images (list[str] | Unset):
        directory (EmbeddedDirectory | Unset): The directory an object sits in, as embedded in the object; ids are empty
            at the root.
    """

    project_id: str
    name: str
    owner: str
    description: str
    created_at: str
    modified_at: str
    last_used_at: str
    icon: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    directory: EmbeddedDirectory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        owner = self.owner

        description = self.description

        created_at = self.created_at

        modified_at = self.modified_at

        last_used_at = self.last_used_at

        icon = self.icon

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        directory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.directory, Unset):
            directory = self.directory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "owner": owner,
                "description": description,
                "created_at": created_at,
                "modified_at": modified_at,
                "last_used_at": last_used_at,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon
        if images is not UNSET:
            field_dict["images"] = images
        if directory is not UNSET:
            field_dict["directory"] = directory

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.embedded_directory import EmbeddedDirectory

        d = dict(src_dict)
        project_id = d.pop("project_id")

        name = d.pop("name")

        owner = d.pop("owner")

        description = d.pop("description")

        created_at = d.pop("created_at")

        modified_at = d.pop("modified_at")

        last_used_at = d.pop("last_used_at")

        icon = d.pop("icon", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        _directory = d.pop("directory", UNSET)
        directory: EmbeddedDirectory | Unset
        if isinstance(_directory, Unset):
            directory = UNSET
        else:
            directory = EmbeddedDirectory.from_dict(_directory)

        app = cls(
            project_id=project_id,
            name=name,
            owner=owner,
            description=description,
            created_at=created_at,
            modified_at=modified_at,
            last_used_at=last_used_at,
            icon=icon,
            images=images,
            directory=directory,
        )

        app.additional_properties = d
        return app

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
