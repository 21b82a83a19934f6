from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """When a flow runs by itself. A returned schedule whose values are all empty means "not
    scheduled", as does a missing or null one.

        Attributes:
            name (str): A name that may be empty, at most 255 characters.
            start_time (str): Epoch seconds of the first possible run (empty when unscheduled); at most
                253402300799, the last second of the year 9999, like `end_time`.
            cron (str): Five fields, `minute hour day month day_of_week`; the minute is a number 0-59.
            end_time (str | Unset): Epoch seconds after which the schedule stops; "" for no end.
    """

    name: str
    start_time: str
    cron: str
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        start_time = self.start_time

        cron = self.cron

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "start_time": start_time,
                "cron": cron,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        start_time = d.pop("start_time")

        cron = d.pop("cron")

        end_time = d.pop("end_time", UNSET)

        schedule = cls(
            name=name,
            start_time=start_time,
            cron=cron,
            end_time=end_time,
        )

        schedule.additional_properties = d
        return schedule

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
