from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_hyperparameters import ModelHyperparameters
    from ..models.model_version_metrics import ModelVersionMetrics


T = TypeVar("T", bound="ModelVersion")


@_attrs_define
class ModelVersion:
    """
    Attributes:
        version_id (str): An opaque identifier.
        model_id (str): An opaque identifier.
        version (str): The version's name, e.g. initial.
        hyperparameters (ModelHyperparameters): The hyperparameter values a version was trained with; keys depend on the
            model type.
        metrics (ModelVersionMetrics):
        created_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        modified_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
    """

    version_id: str
    model_id: str
    version: str
    hyperparameters: ModelHyperparameters
    metrics: ModelVersionMetrics
    created_at: str
    modified_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        model_id = self.model_id

        version = self.version

        hyperparameters = self.hyperparameters.to_dict()

        metrics = self.metrics.to_dict()

        created_at = self.created_at

        modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "model_id": model_id,
                "version": version,
                "hyperparameters": hyperparameters,
                "metrics": metrics,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_hyperparameters import ModelHyperparameters
        from ..models.model_version_metrics import ModelVersionMetrics

        d = dict(src_dict)
        version_id = d.pop("version_id")

        model_id = d.pop("model_id")

        version = d.pop("version")

        hyperparameters = ModelHyperparameters.from_dict(d.pop("hyperparameters"))

        metrics = ModelVersionMetrics.from_dict(d.pop("metrics"))

        created_at = d.pop("created_at")

        modified_at = d.pop("modified_at")

        model_version = cls(
            version_id=version_id,
            model_id=model_id,
            version=version,
            hyperparameters=hyperparameters,
            metrics=metrics,
            created_at=created_at,
            modified_at=modified_at,
        )

        model_version.additional_properties = d
        return model_version

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
