from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart import Chart
    from ..models.dataset import Dataset
    from ..models.directory import Directory
    from ..models.external_component import ExternalComponent
    from ..models.flow import Flow
    from ..models.model import Model


T = TypeVar("T", bound="ProjectComponents")


@_attrs_define
class ProjectComponents:
    """Everything an app holds, grouped by kind.

    Attributes:
        charts (list[Chart]):
        connectors (list[ExternalComponent]):
        dashboards (list[ExternalComponent]):
        datasets (list[Dataset]):
        databases (list[ExternalComponent]):
        pipelines (list[Flow]):
        models (list[Model]):
        external_resources (list[ExternalComponent]):
        users (list[ExternalComponent] | Unset):
        connector_directories (list[Directory] | Unset):
        dashboard_directories (list[Directory] | Unset):
        dataset_directories (list[Directory] | Unset):
        database_directories (list[Directory] | Unset):
        pipeline_directories (list[Directory] | Unset):
        model_directories (list[Directory] | Unset):
        external_resource_directories (list[Directory] | Unset):
    """

    charts: list[Chart]
    connectors: list[ExternalComponent]
    dashboards: list[ExternalComponent]
    datasets: list[Dataset]
    databases: list[ExternalComponent]
    pipelines: list[Flow]
    models: list[Model]
    external_resources: list[ExternalComponent]
    users: list[ExternalComponent] | Unset = UNSET
    connector_directories: list[Directory] | Unset = UNSET
    dashboard_directories: list[Directory] | Unset = UNSET
    dataset_directories: list[Directory] | Unset = UNSET
    database_directories: list[Directory] | Unset = UNSET
    pipeline_directories: list[Directory] | Unset = UNSET
    model_directories: list[Directory] | Unset = UNSET
    external_resource_directories: list[Directory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charts = []
        for charts_item_data in self.charts:
            charts_item = charts_item_data.to_dict()
            charts.append(charts_item)

        connectors = []
        for connectors_item_data in self.connectors:
            connectors_item = connectors_item_data.to_dict()
            connectors.append(connectors_item)

        dashboards = []
        for dashboards_item_data in self.dashboards:
            dashboards_item = dashboards_item_data.to_dict()
            dashboards.append(dashboards_item)

        datasets = []
        for datasets_item_data in self.datasets:
            datasets_item = datasets_item_data.to_dict()
            datasets.append(datasets_item)

        databases = []
        for databases_item_data in self.databases:
            databases_item = databases_item_data.to_dict()
            databases.append(databases_item)

        pipelines = []
        for pipelines_item_data in self.pipelines:
            pipelines_item = pipelines_item_data.to_dict()
            pipelines.append(pipelines_item)

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        external_resources = []
        for external_resources_item_data in self.external_resources:
            external_resources_item = external_resources_item_data.to_dict()
            external_resources.append(external_resources_item)

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        connector_directories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connector_directories, Unset):
            connector_directories = []
            for connector_directories_item_data in self.connector_directories:
                connector_directories_item = connector_directories_item_data.to_dict()
                connector_directories.append(connector_directories_item)

        dashboard_directories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dashboard_directories, Unset):
            dashboard_directories = []
            for dashboard_directories_item_data in self.dashboard_directories:
                dashboard_directories_item = dashboard_directories_item_data.to_dict()
                dashboard_directories.append(dashboard_directories_item)

        dataset_directories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dataset_directories, Unset):
            dataset_directories = []
            for dataset_directories_item_data in self.dataset_directories:
                dataset_directories_item = dataset_directories_item_data.to_dict()
                dataset_directories.append(dataset_directories_item)

        database_directories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.database_directories, Unset):
            database_directories = []
            for database_directories_item_data in self.database_directories:
                database_directories_item = database_directories_item_data.to_dict()
                database_directories.append(database_directories_item)

        pipeline_directories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pipeline_directories, Unset):
            pipeline_directories = []
            for pipeline_directories_item_data in self.pipeline_directories:
                pipeline_directories_item = pipeline_directories_item_data.to_dict()
                pipeline_directories.append(pipeline_directories_item)

        model_directories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_directories, Unset):
            model_directories = []
            for model_directories_item_data in self.model_directories:
                model_directories_item = model_directories_item_data.to_dict()
                model_directories.append(model_directories_item)

        external_resource_directories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_resource_directories, Unset):
            external_resource_directories = []
            for external_resource_directories_item_data in self.external_resource_directories:
                external_resource_directories_item = (
                    external_resource_directories_item_data.to_dict()
                )
                external_resource_directories.append(external_resource_directories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charts": charts,
                "connectors": connectors,
                "dashboards": dashboards,
                "datasets": datasets,
                "databases": databases,
                "pipelines": pipelines,
                "models": models,
                "external_resources": external_resources,
            }
        )
        if users is not UNSET:
            field_dict["users"] = users
        if connector_directories is not UNSET:
            field_dict["connector_directories"] = connector_directories
        if dashboard_directories is not UNSET:
            field_dict["dashboard_directories"] = dashboard_directories
        if dataset_directories is not UNSET:
            field_dict["dataset_directories"] = dataset_directories
        if database_directories is not UNSET:
            field_dict["database_directories"] = database_directories
        if pipeline_directories is not UNSET:
            field_dict["pipeline_directories"] = pipeline_directories
        if model_directories is not UNSET:
            field_dict["model_directories"] = model_directories
        if external_resource_directories is not UNSET:
            field_dict["external_resource_directories"] = external_resource_directories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chart import Chart
        from ..models.dataset import Dataset
        from ..models.directory import Directory
        from ..models.external_component import ExternalComponent
        from ..models.flow import Flow
        from ..models.model import Model

        d = dict(src_dict)
        charts = []
        _charts = d.pop("charts")
        for charts_item_data in _charts:
            charts_item = Chart.from_dict(charts_item_data)

            charts.append(charts_item)

        connectors = []
        _connectors = d.pop("connectors")
        for connectors_item_data in _connectors:
            connectors_item = ExternalComponent.from_dict(connectors_item_data)

            connectors.append(connectors_item)

        dashboards = []
        _dashboards = d.pop("dashboards")
        for dashboards_item_data in _dashboards:
            dashboards_item = ExternalComponent.from_dict(dashboards_item_data)

            dashboards.append(dashboards_item)

        datasets = []
        _datasets = d.pop("datasets")
        for datasets_item_data in _datasets:
            datasets_item = Dataset.from_dict(datasets_item_data)

            datasets.append(datasets_item)

        databases = []
        _databases = d.pop("databases")
        for databases_item_data in _databases:
            databases_item = ExternalComponent.from_dict(databases_item_data)

            databases.append(databases_item)

        pipelines = []
        _pipelines = d.pop("pipelines")
        for pipelines_item_data in _pipelines:
            pipelines_item = Flow.from_dict(pipelines_item_data)

            pipelines.append(pipelines_item)

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = Model.from_dict(models_item_data)

            models.append(models_item)

        external_resources = []
        _external_resources = d.pop("external_resources")
        for external_resources_item_data in _external_resources:
            external_resources_item = ExternalComponent.from_dict(external_resources_item_data)

            external_resources.append(external_resources_item)

        _users = d.pop("users", UNSET)
        users: list[ExternalComponent] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = ExternalComponent.from_dict(users_item_data)

                users.append(users_item)

        _connector_directories = d.pop("connector_directories", UNSET)
        connector_directories: list[Directory] | Unset = UNSET
        if _connector_directories is not UNSET:
            connector_directories = []
            for connector_directories_item_data in _connector_directories:
                connector_directories_item = Directory.from_dict(connector_directories_item_data)

                connector_directories.append(connector_directories_item)

        _dashboard_directories = d.pop("dashboard_directories", UNSET)
        dashboard_directories: list[Directory] | Unset = UNSET
        if _dashboard_directories is not UNSET:
            dashboard_directories = []
            for dashboard_directories_item_data in _dashboard_directories:
                dashboard_directories_item = Directory.from_dict(dashboard_directories_item_data)

                dashboard_directories.append(dashboard_directories_item)

        _dataset_directories = d.pop("dataset_directories", UNSET)
        dataset_directories: list[Directory] | Unset = UNSET
        if _dataset_directories is not UNSET:
            dataset_directories = []
            for dataset_directories_item_data in _dataset_directories:
                dataset_directories_item = Directory.from_dict(dataset_directories_item_data)

                dataset_directories.append(dataset_directories_item)

        _database_directories = d.pop("database_directories", UNSET)
        database_directories: list[Directory] | Unset = UNSET
        if _database_directories is not UNSET:
            database_directories = []
            for database_directories_item_data in _database_directories:
                database_directories_item = Directory.from_dict(database_directories_item_data)

                database_directories.append(database_directories_item)

        _pipeline_directories = d.pop("pipeline_directories", UNSET)
        pipeline_directories: list[Directory] | Unset = UNSET
        if _pipeline_directories is not UNSET:
            pipeline_directories = []
            for pipeline_directories_item_data in _pipeline_directories:
                pipeline_directories_item = Directory.from_dict(pipeline_directories_item_data)

                pipeline_directories.append(pipeline_directories_item)

        _model_directories = d.pop("model_directories", UNSET)
        model_directories: list[Directory] | Unset = UNSET
        if _model_directories is not UNSET:
            model_directories = []
            for model_directories_item_data in _model_directories:
                model_directories_item = Directory.from_dict(model_directories_item_data)

                model_directories.append(model_directories_item)

        _external_resource_directories = d.pop("external_resource_directories", UNSET)
        external_resource_directories: list[Directory] | Unset = UNSET
        if _external_resource_directories is not UNSET:
            external_resource_directories = []
            for external_resource_directories_item_data in _external_resource_directories:
                external_resource_directories_item = Directory.from_dict(
                    external_resource_directories_item_data
                )

                external_resource_directories.append(external_resource_directories_item)

        project_components = cls(
            charts=charts,
            connectors=connectors,
            dashboards=dashboards,
            datasets=datasets,
            databases=databases,
            pipelines=pipelines,
            models=models,
            external_resources=external_resources,
            users=users,
            connector_directories=connector_directories,
            dashboard_directories=dashboard_directories,
            dataset_directories=dataset_directories,
            database_directories=database_directories,
            pipeline_directories=pipeline_directories,
            model_directories=model_directories,
            external_resource_directories=external_resource_directories,
        )

        project_components.additional_properties = d
        return project_components

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
