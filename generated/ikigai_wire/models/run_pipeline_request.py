from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_ref import PipelineRef
    from ..models.run_pipeline_request_variables import RunPipelineRequestVariables


T = TypeVar("T", bound="RunPipelineRequest")


@_attrs_define
class RunPipelineRequest:
    """
    Attributes:
        pipeline (PipelineRef):
        variables (RunPipelineRequestVariables | Unset): Overrides of the definition's variables for this run, keyed by
            variable name.
    """

    pipeline: PipelineRef
    variables: RunPipelineRequestVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline = self.pipeline.to_dict()

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipeline": pipeline,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pipeline_ref import PipelineRef
        from ..models.run_pipeline_request_variables import RunPipelineRequestVariables

        d = dict(src_dict)
        pipeline = PipelineRef.from_dict(d.pop("pipeline"))

        _variables = d.pop("variables", UNSET)
        variables: RunPipelineRequestVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = RunPipelineRequestVariables.from_dict(_variables)

        run_pipeline_request = cls(
            pipeline=pipeline,
            variables=variables,
        )

        run_pipeline_request.additional_properties = d
        return run_pipeline_request

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
